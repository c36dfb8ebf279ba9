// SPDX-License-Identifier: GPL-3.0-or-later
// Lines of "Name: value" fields, read once for the header and delivery-status parsers.
#include "common/field_lines.h"

#include <QTest>

using namespace bn;

class TestFieldLines : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        using K = FieldLine::Kind;
        QTest::newRow("field") << "Status: 5.1.1\r" << int(K::Field) << "Status" << "5.1.1";
        QTest::newRow("space before the colon") << "Diagnostic-Code : smtp; 550" << int(K::Field) << "Diagnostic-Code"
                                                << "smtp; 550";
        QTest::newRow("no blank after the colon") << "Message-ID:<id@example.jp>" << int(K::Field) << "Message-ID"
                                                  << "<id@example.jp>";
        QTest::newRow("empty value") << "X-Spam-Level: " << int(K::Field) << "X-Spam-Level" << "";
        QTest::newRow("folded") << "\t by mx.example.jp " << int(K::Continuation) << "" << "by mx.example.jp";
        QTest::newRow("blank") << "  \r" << int(K::Blank) << "" << "";
        QTest::newRow("no colon") << "nocolonatall" << int(K::Other) << "" << "nocolonatall";
        QTest::newRow("colon first") << ": value" << int(K::Other) << "" << ": value";
        QTest::newRow("blank inside the name") << "not a field: prose" << int(K::Other) << "" << "not a field: prose";
    }

    void kinds()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const FieldLine f = readFieldLine(line);
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.name.toString(), name);
        QCOMPARE(f.value.toString(), value);
    }
};

QTEST_APPLESS_MAIN(TestFieldLines)
#include "test_field_lines.moc"
