// SPDX-License-Identifier: GPL-3.0-or-later
// HTML to text: the hand-written passes (tags, runs of spaces) give what the regular
// expressions they replaced gave; the former implementation, kept here, is the oracle.
#include "input/html_text.h"
#include "input/reader.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace bn;

namespace {

QString regexHtmlToText(const QString &html)
{
    static const QRegularExpression dropped(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(?:br|/p|/div|/tr|/li|/h[1-6]|/table|/pre|p|div|tr|li|hr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));

    static const QRegularExpression markup(QStringLiteral("<[A-Za-z/!?]"));
    if (!markup.match(html).hasMatch()) // plain text labelled HTML: kept as it is
        return html.trimmed();
    QString t = html;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.remove(dropped);
    t.remove(comment);
    t.replace(breaks, QStringLiteral("\n"));
    t.replace(cells, QStringLiteral(" "));
    t.remove(tags);
    QString out = decodeHtmlEntities(t); // unchanged by the rewrite: shared with it
    out.replace(spaces, QStringLiteral(" "));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    out = lines.join(QLatin1Char('\n'));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace

class TestHtmlText : public QObject
{
    Q_OBJECT

private slots:
    void examples()
    {
        QCOMPARE(htmlToText(QStringLiteral("<p>Hello&nbsp;<b>world</b></p>\n<div>a\t\tb</div>")),
                 QStringLiteral("Hello world\n\na b")); // </p> and <div> each break the line
        QCOMPARE(htmlToText(QStringLiteral("a < b and c > d <i")), QStringLiteral("a d <i"));
        // No tag at all: plain text labelled text/html (Yahoo), its lines kept.
        const QString plain = QStringLiteral("I'm afraid I wasn't able to deliver the following message.\n\n"
                                             "Subject: Hello\nTo: user@example.com\n\n  a  &  b");
        QCOMPARE(htmlToText(plain + QStringLiteral("\n")), plain);
        QCOMPARE(htmlToText(QStringLiteral("1 <2 and <\u017Ftyle>")), QStringLiteral("1 <2 and <\u017Ftyle>"));
    }

    void agreesWithTheRegularExpressions()
    {
        const QStringList pieces{"<", ">", "<p>", "</p>", "<br/>", "<b>", "</td>", "<td>", "<!--", "-->", "<style>",
                                 "</style>", " ", "  ", "\t", "\n", "\r", QString(QChar(0x00A0)), "&nbsp;", "&amp;",
                                 "&#65;", "&#x42;", "text", "550 5.1.1", "<a href=\"x\">", "\u00e9", "<<", ">>",
                                 "<BR>", "<br/>", "<brx>", "<br_>", "<br\u00e9>", "<p class=x>", "</P>", "<pre>", "</pre>",
                                 "<h1>", "</h1>", "</H6 >", "</h7>", "</h1x>", "</td >", "</TH>", "</td\t\n>", "</tdx>",
                                 "<tr>", "<hr>", "<li>", "<div>", "</table>", "</tablex>", "<l\u0130>", "<d\u0131v>",
                                 "</t\u0130>", "<b", "<p", "</", "</t", "</td", "<h", "</h", "<script>", "</SCRIPT>",
                                 "<Head x>", "</head >", "<headx>", "<\u017Ftyle>", "</\u017Fcript>", "&", "&#", "&amp;#66;"};
        QRandomGenerator random(11);
        for (int round = 0; round < 5000; ++round) {
            QString html;
            const int n = int(random.bounded(30));
            for (int i = 0; i < n; ++i)
                html += pieces.at(random.bounded(int(pieces.size())));
            QCOMPARE(htmlToText(html), regexHtmlToText(html));
        }
    }
};

QTEST_APPLESS_MAIN(TestHtmlText)
#include "test_html_text.moc"
