// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's two halves: `decode` starts without the network stack (libcurl, Qt Network,
// D-Bus are in the lookup module), `check` and `guide` run from that module, and a missing
// module is a clear error, not a crash.
#include "support/test_paths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLookupModule : public QObject
{
    Q_OBJECT

    static QString executable() { return bn::test::binaryDir() + QStringLiteral("/app/cli/bouncenav"); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void decodeDoesNotLoadTheNetworkStack()
    {
        const Run ldd = run(QStringLiteral("ldd"), {executable()});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY2(ldd.out.contains(QLatin1String("libQt6Core")), qPrintable(ldd.out));
        for (const char *library : {"libcurl", "libQt6Network", "libcares", "libqt6keychain", "libssl", "libgnutls"})
            QVERIFY2(!ldd.out.contains(QLatin1String(library)), library);
        const Run decode = run(executable(), {QStringLiteral("decode"), QStringLiteral("--jsonl"),
                                              bn::test::sourceDir() + QStringLiteral("/resources/samples/trendmicro-ers-qil.eml")});
        QCOMPARE(decode.exitCode, 0);
        QVERIFY2(decode.out.contains(QLatin1String("\"operator\":\"trendmicro\"")), qPrintable(decode.out));
    }

    void checkAndGuideRunFromTheModule()
    {
        const Run check = run(executable(), {QStringLiteral("check")});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(QLatin1String("Usage: bouncenav check")), qPrintable(check.err));
        const Run guide = run(executable(), {QStringLiteral("guide"), QStringLiteral("--offline"), QStringLiteral("--lang"), QStringLiteral("en"),
                                             bn::test::sourceDir() + QStringLiteral("/resources/samples/trendmicro-ers-qil.eml")});
        QCOMPARE(guide.exitCode, 0);
        QVERIFY2(guide.out.contains(QLatin1String("Quick IP List")), qPrintable(guide.out));
    }

    void aMissingModuleIsAClearError()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("bouncenav"));
        QVERIFY(QFile::copy(executable(), copy));
        const Run check = run(copy, {QStringLiteral("check"), QStringLiteral("192.0.2.1")});
        QCOMPARE(check.exitCode, 2);
        QVERIFY(check.out.isEmpty());
        QVERIFY2(check.err.contains(QLatin1String("bouncenav-lookups")) && check.err.contains(QLatin1String("Reinstall")),
                 qPrintable(check.err));
        // Decoding does not need the module.
        const Run decode = run(copy, {QStringLiteral("decode"), bn::test::sourceDir() + QStringLiteral("/resources/samples/trendmicro-ers-qil.eml")});
        QCOMPARE(decode.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestLookupModule)
#include "test_lookup_module.moc"
