// SPDX-License-Identifier: GPL-3.0-or-later
#include "headline.h"
#include "log_import_view.h"
#include "rejection_group_model.h"
#include "support/test_paths.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace bn;

class TestLogImportView : public QObject
{
    Q_OBJECT

private slots:
    void importShowsSortableFilterableGroups()
    {
        LogImportView view;
        view.show();
        QSignalSpy finished(&view, &LogImportView::finished);
        QSignalSpy selected(&view, &LogImportView::groupSelected);
        view.import({test::dataFile(QStringLiteral("logs/postfix.log")), test::dataFile(QStringLiteral("logs/exim_mainlog"))});
        QVERIFY(finished.wait(10000));

        auto *table = view.findChild<QTableView *>(QStringLiteral("logGroupTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        const int all = table->model()->rowCount();
        QVERIFY(all >= 8);
        // Largest group first, offered to the window.
        QCOMPARE(table->model()->index(0, RejectionGroupModel::Count).data().toLongLong(), qint64(2));
        QVERIFY(selected.count() >= 1);

        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("logGroupFilter"));
        QTest::keyClicks(filter, QStringLiteral("tmems-jp"));
        // The Postfix deferrals name the listed IP, the Exim one does not: two groups.
        QCOMPARE(table->model()->rowCount(), 2);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), all);

        // Sort ascending by count with the header.
        table->sortByColumn(RejectionGroupModel::Count, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, RejectionGroupModel::Count).data().toLongLong(), qint64(1));

        // Choosing a row hands that group on, and shows it as a card: its headline, who acts,
        // how many and since when, and the log lines that prove it.
        selected.clear();
        table->selectRow(1);
        QCOMPARE(selected.count(), 1);
        const RejectionGroup group = selected.first().first().value<RejectionGroup>();
        auto *details = view.findChild<QTextBrowser *>(QStringLiteral("logGroupDetails"));
        QVERIFY(details && details->isVisible());
        const QString card = details->toPlainText();
        QVERIFY2(card.contains(bounceHeadline(group.example)), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("Contact first: ")));
        QVERIFY(card.contains(group.firstSeen));
        QVERIFY(!group.sampleLines.isEmpty());
        QVERIFY(card.contains(group.sampleLines.first()));
        QVERIFY(card.contains(group.temporary ? QStringLiteral("Temporary") : QStringLiteral("Permanent")));
    }

    void badFilesAreExplainedNotFatal()
    {
        LogImportView view;
        QSignalSpy finished(&view, &LogImportView::finished);
        view.import({QStringLiteral("/nonexistent/maillog"), test::dataFile(QStringLiteral("logs/maillog.sendmail"))});
        QVERIFY(finished.wait(10000));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("logImportSummary"));
        QVERIFY(summary->text().contains(QLatin1String("/nonexistent/maillog")));
        QCOMPARE(view.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestLogImportView)
#include "test_log_import_view.moc"
