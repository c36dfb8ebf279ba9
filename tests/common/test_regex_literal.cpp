// SPDX-License-Identifier: GPL-3.0-or-later
// The literal a regex needs: only what every match holds, nothing read from what it cannot parse.
#include "common/regex_literal.h"

#include <QRegularExpression>
#include <QTest>

using namespace bn;

class TestRegexLiteral : public QObject
{
    Q_OBJECT

private slots:
    void requiredLiteral_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << "Trend Micro DUL" << "trend micro dul";
        QTest::newRow("escaped dots") << "sbl\\.spamhaus" << "sbl.spamhaus";
        QTest::newRow("word boundaries") << "\\bSBL\\d*\\b" << "sbl";
        QTest::newRow("optional group") << "found in (?:ERS-)?QIL" << "found in ";
        QTest::newRow("lookbehind") << "(?<!domain is )listed in Spamhaus" << "listed in spamhaus";
        QTest::newRow("optional char") << "UCEPROTECT[- ]?(?:Level ?)?1" << "uceprotect";
        QTest::newRow("quantified last char") << "abcd?e" << "abc";
        QTest::newRow("counted") << "abc{2,3}xy" << "ab";
        QTest::newRow("plus") << "aab+cd" << "aab";
        QTest::newRow("class") << "5\\.7\\.6[0-4]\\d" << "5.7.6";
        QTest::newRow("alternation") << "proofpoint|pphosted" << "";
        QTest::newRow("alternation in a group") << "ab(?:c|d)" << "ab";
        QTest::newRow("hex escape") << "abc\\x41" << "";
        QTest::newRow("options") << "(?x)a b c" << "";
        QTest::newRow("unclosed") << "abc(def" << "";
        QTest::newRow("class with bracket") << "xy[]a]zzz" << "zzz";
        QTest::newRow("escaped brackets") << "\\[TSS0[45]\\]" << "[tss0";
        QTest::newRow("non-ascii splits") << u"abcéd"_qs << "abc";
    }

    void requiredLiteral()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, literal);
        QCOMPARE(QString::fromStdString(bn::requiredLiteral(pattern)), literal);
    }

    void requiredLiteralsOfAlternatives()
    {
        QCOMPARE(bn::requiredLiterals(u"proofpoint|pphosted"), (std::vector<std::string>{"proofpoint", "pphosted"}));
        QCOMPARE(bn::requiredLiterals(u"ab(?:c|d)"), (std::vector<std::string>{"ab"}));
        QCOMPARE(bn::requiredLiterals(u"ironport|\\d+|talos"), std::vector<std::string>{});
        QCOMPARE(bn::requiredLiterals(u"a\\|b"), (std::vector<std::string>{"a|b"}));
        QCOMPARE(bn::requiredLiterals(u"(?x)a|b"), std::vector<std::string>{});
    }

    //! A group every match passes through gives its alternatives' literals, when they are longer.
    void requiredLiteralsOfARequiredGroup_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("literals");
        QTest::newRow("line shape") << "^\\s*(?:Failed recipient|Address)s?:\\s*<?(\\S+@\\S+)"
                                    << QStringList{"failed recipient", "address"};
        QTest::newRow("capturing group") << "x(recipient|rcpt to)y" << QStringList{"recipient", "rcpt to"};
        QTest::newRow("nested") << "(?:deliver(?:ing|ed)? to|recipient)\\s*<" << QStringList{"deliver", "recipient"};
        QTest::newRow("the run is longer") << "address: (?:a|b)" << QStringList{"address: "};
        QTest::newRow("optional group") << "x(?:recipient|address)?y" << QStringList{"x"};
        QTest::newRow("starred group") << "x(?:recipient|address)*y" << QStringList{"x"};
        QTest::newRow("counted group") << "x(?:recipient|address){0,2}y" << QStringList{"x"};
        QTest::newRow("an alternative without") << "x(?:recipient|\\d+)y" << QStringList{"x"};
        QTest::newRow("lookahead") << "x(?!recipient|address)y" << QStringList{"x"};
        QTest::newRow("options") << "(?x)(?:re cipient|address)" << QStringList{};
        QTest::newRow("per top-level alternative") << "(?:mailbox|quota) full|over (?:quota|limit)"
                                                   << QStringList{" full", "over "}; // no longer
        QTest::newRow("per top-level alternative, groups") << "(?:mailbox|quota) full|over (?:quota limit|allowance)"
                                                           << QStringList{" full", "quota limit", "allowance"};
    }

    void requiredLiteralsOfARequiredGroup()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, literals);
        QStringList got;
        for (const std::string &l : bn::requiredLiterals(pattern))
            got.append(QString::fromStdString(l));
        QCOMPARE(got, literals);
    }

    //! Matches always contain the literal, in texts built around the patterns' own matches.
    void everyMatchHoldsIt()
    {
        const QStringList patterns{"found in (?:ERS-)?QIL", "UCEPROTECT[- ]?(?:Level ?)?1", "\\bSBL\\d*\\b",
                                   "in\\s+reply\\s+to\\s+(?:the\\s+)?(RCPT\\s+TO|DATA)"};
        const QStringList texts{"blah found in QIL", "Found In ERS-QIL", "UCEPROTECT-Level1 ok", "uceprotect1",
                                "sbl123 here", "550 in reply to the RCPT TO command", "In  Reply\tto data"};
        for (const QString &p : patterns) {
            const QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
            const std::string literal = bn::requiredLiteral(p);
            for (const QString &t : texts) {
                std::string lower;
                caselessFold(t, lower);
                if (re.match(t).hasMatch())
                    QVERIFY2(lower.find(literal) != std::string::npos, qPrintable(p + " / " + t));
            }
        }
    }

    void caselessFoldKeepsWhatMatchesAsciiWithoutCase()
    {
        std::string out;
        caselessFold(u"Mail REJECTED 5.7.1", out);
        QCOMPARE(out, std::string("mail rejected 5.7.1"));
        caselessFold(u"\u212Aelvin \u017Fpam", out); // the Kelvin sign matches "k", the long s "s"
        QCOMPARE(out, std::string("kelvin spam"));
        caselessFold(u"ユーザー x", out); // one byte a UTF-16 unit, none of them a literal's
        QCOMPARE(out, std::string("\x80\x80\x80\x80 x"));
        // A regex is skipped only where its literal, so folded, is missing.
        const QRegularExpression kelvin(QStringLiteral("kelvin"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(kelvin.match(u"\u212Aelvin").hasMatch());
        const RegexPrefilter prefilter({kelvin.pattern()});
        QVERIFY(prefilter.scan(u"\u212Aelvin").mayMatch(0));
        QVERIFY(!prefilter.scan(u"ケルビン").mayMatch(0));
    }

    void theFoldTellsValidUtf16FromLoneSurrogates()
    {
        std::string out;
        QVERIFY(caselessFold(u"plain ascii", out));
        QVERIFY(caselessFold(u"emoji \U0001F600 and ユーザー", out)); // a pair, and BMP text
        QCOMPARE(out.size(), size_t(QStringView(u"emoji \U0001F600 and ユーザー").size()));
        const QChar high(char16_t(0xD83D)), low(char16_t(0xDE00));
        for (const QString &broken : {QString(high), QStringLiteral("550 ") + high + QStringLiteral(" x"),
                                      QStringLiteral("550 ") + low, QString(low) + high}) {
            QVERIFY(!caselessFold(broken, out));
            // Such a text is still matched with PCRE2's own check: no crash, the answer a plain
            // match gives.
            const QRegularExpression code(QStringLiteral("(\\d{3})"));
            const OrderedRegexes regexes({code});
            const RegexPrefilter::Scan scan = RegexPrefilter({QStringLiteral("550")}).scan(broken);
            QCOMPARE(scan.matchOptions(), QRegularExpression::MatchOptions(QRegularExpression::NoMatchOption));
            QCOMPARE(regexes.firstMatch(broken).hasMatch(), code.match(broken).hasMatch());
        }
        const RegexPrefilter::Scan valid = RegexPrefilter({QStringLiteral("550")}).scan(u"550 \U0001F600");
        QCOMPARE(valid.matchOptions(), QRegularExpression::MatchOptions(QRegularExpression::DontCheckSubjectStringMatchOption));
    }

    //! Phrases are found where the case-insensitive regex of their alternation matches.
    void caselessPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("none") << "delivered fine" << false;
        QTest::newRow("one") << "Mailbox FULL, try later" << true;
        QTest::newRow("split by a line") << "over\nquota" << false;
        QTest::newRow("kelvin sign") << u"\u212Aeep trying"_qs << true;
        QTest::newRow("long s") << u"over quota \u017Fent"_qs << true;
        QTest::newRow("dotless i is no i") << u"mailbox full \u0131"_qs << true;
        QTest::newRow("dotless i alone") << u"unknown \u0131nvalid"_qs << false;
        QTest::newRow("around a pair") << u"\U0001F600over quota\U0001F600"_qs << true;
        QTest::newRow("empty") << QString() << false;
    }

    void caselessPhrases()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        const CaselessPhrases phrases({"mailbox full", "over quota", "keep trying", "over quota sent", "invalid"});
        QCOMPARE(phrases.foundIn(text), found);
        const QRegularExpression alternation(QStringLiteral("mailbox full|over quota|keep trying|over quota sent|invalid"),
                                             QRegularExpression::CaseInsensitiveOption);
        QCOMPARE(alternation.match(text).hasMatch(), found);
    }

    void caselessPhrasesFindNothingInBrokenUtf16()
    {
        const CaselessPhrases phrases({"quota"});
        const QString broken = QStringLiteral("quota ") + QChar(char16_t(0xD83D));
        QVERIFY(!phrases.foundIn(broken));
        QVERIFY(!QRegularExpression(QStringLiteral("quota"), QRegularExpression::CaseInsensitiveOption).match(broken).hasMatch());
        QVERIFY(phrases.foundIn(QStringLiteral("quota ")));
    }

    void orderedRegexesSkipWhatTheirChecksRuleOut()
    {
        const OrderedRegexes regexes({QRegularExpression(QStringLiteral("^(\\d+)")), QRegularExpression(QStringLiteral("(\\d+)"))},
                                     {[](QStringView text) { return !text.startsWith(u'0'); }});
        qsizetype which = -1;
        QVERIFY(regexes.firstMatch(u"123 x", &which).hasMatch());
        QCOMPARE(which, 0);
        QVERIFY(regexes.firstMatch(u"0123 x", &which).hasMatch());
        QCOMPARE(which, 1); // the first is ruled out by its check, the second has none
    }

    void orderedRegexesGiveTheFirstThatMatches()
    {
        const OrderedRegexes regexes({QRegularExpression(QStringLiteral("in reply to (rcpt to|data)"),
                                                         QRegularExpression::CaseInsensitiveOption),
                                      QRegularExpression(QStringLiteral("(rcpt|mail) command")),
                                      QRegularExpression(QStringLiteral("(\\d{3})"))});
        qsizetype which = -1;
        QRegularExpressionMatch m = regexes.firstMatch(u"550 refused (in reply to RCPT TO command)", &which);
        QVERIFY(m.hasMatch());
        QCOMPARE(which, 0);
        QCOMPARE(m.captured(1), QStringLiteral("RCPT TO"));
        m = regexes.firstMatch(u"550 after the rcpt command", &which);
        QCOMPARE(which, 1);
        QCOMPARE(m.captured(1), QStringLiteral("rcpt"));
        m = regexes.firstMatch(u"temporary failure 451", &which);
        QCOMPARE(which, 2);
        QCOMPARE(m.captured(1), QStringLiteral("451"));
        // A text none of them matches, outside ASCII or not, gives no match.
        which = -1;
        QVERIFY(!regexes.firstMatch(u"ユーザー不明", &which).hasMatch());
        QCOMPARE(which, -1);
        QVERIFY(regexes.firstMatch(u"ユーザー不明 in reply to DATA").hasMatch());
    }
};

QTEST_APPLESS_MAIN(TestRegexLiteral)
#include "test_regex_literal.moc"
