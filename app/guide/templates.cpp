// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide/templates.h"

#include "reputation/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

QString loadTemplate(const QString &id, const QString &language)
{
    QFile f(QStringLiteral(":/templates/%1/%2.txt").arg(language, id));
    if (!f.open(QIODevice::ReadOnly)) {
        f.setFileName(QStringLiteral(":/templates/en/%1.txt").arg(id));
        if (!f.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(f.readAll());
}

//! What the user must fill in, in the template's language.
QString fillIn(const QString &what, const QString &language)
{
    return language == QLatin1String("ja") ? QStringLiteral("【%1】").arg(what) : QStringLiteral("[[%1]]").arg(what);
}

} // namespace

QString quotableRefusal(const QString &diagnostic, qsizetype maxLength)
{
    QString text = diagnostic.simplified();
    // The reply's own code at its start ("550-5.7.1", "550 5.7.1", "421-4.7.0"): each later
    // line repeats it, as "550-5.7.1" or, on the last line, "550 5.7.1".
    static const QRegularExpression lead(QStringLiteral("(?:^|\\s)([245]\\d\\d)([- ])(?:([245]\\.\\d{1,3}\\.\\d{1,3})\\s)?"));
    const QRegularExpressionMatch m = lead.match(text);
    if (m.hasMatch()) {
        const QString code = QRegularExpression::escape(m.captured(1));
        const QString status = QRegularExpression::escape(m.captured(3));
        // A continued line ("550-" with or without its status), or the last line's repeat of
        // the code and status ("550 5.7.1"); a bare "550 " mid-sentence may be the words' own.
        const QRegularExpression again(status.isEmpty()
                                           ? QStringLiteral("\\s") + code + QStringLiteral("-\\s*")
                                           : QStringLiteral("\\s") + code + QStringLiteral("(?:-(?:") + status
                                                 + QStringLiteral("\\s)?| ") + status + QStringLiteral("\\s)\\s*"));
        const qsizetype keep = m.capturedEnd(0);
        QString rest = text.mid(keep);
        if (status.isEmpty()) {
            // Without a status, the closing line's bare "421 " is known only by following the last
            // continued line.
            const qsizetype last = rest.lastIndexOf(QRegularExpression(QStringLiteral("\\s") + code + QStringLiteral("-")));
            if (last >= 0 || m.captured(2) == QLatin1String("-")) {
                const QRegularExpression closing(QStringLiteral("\\s") + code + QStringLiteral(" "));
                const QRegularExpressionMatch c = closing.match(rest, qMax<qsizetype>(last, 0));
                if (c.hasMatch())
                    rest.replace(c.capturedStart(0), c.capturedLength(0), QStringLiteral(" "));
            }
        }
        rest.replace(again, QStringLiteral(" "));
        text = text.left(keep) + rest;
        if (m.captured(2) == QLatin1String("-"))
            text[m.capturedStart(2)] = QLatin1Char(' '); // the first line's own hyphen reads as a space
        text = text.simplified();
    }
    if (maxLength >= 0 && text.size() > maxLength) {
        qsizetype cut = maxLength;
        while (cut < text.size() && !text.at(cut).isSpace())
            ++cut; // never inside a word or a URL
        if (cut < text.size())
            text = text.left(cut) + QStringLiteral(" …");
    }
    return text;
}

QStringList templateIds()
{
    return {QStringLiteral("isp"), QStringLiteral("list_operator"), QStringLiteral("recipient_admin"),
            QStringLiteral("sender_admin"), QStringLiteral("recipient")};
}

MessageTemplate renderTemplate(const QString &id, const QString &language, const Bounce &b, const Evidence *evidence)
{
    const bool ja = language == QLatin1String("ja");
    const QString lang = ja ? QStringLiteral("ja") : QStringLiteral("en");
    const OperatorInfo *op = b.operatorId.isEmpty() ? nullptr : Catalog::builtin().operatorById(b.operatorId);
    const ListInfo *list = op ? Catalog::builtin().list(b.operatorId, b.list) : nullptr;

    QHash<QString, QString> values;
    auto set = [&](const char *key, const QString &value, const char *en, const char *jp) {
        values.insert(QLatin1String(key), value.isEmpty() ? fillIn(ja ? QString::fromUtf8(jp) : QLatin1String(en), lang) : value);
    };
    set("recipient", b.recipient, "recipient address", "宛先アドレス");
    set("ip", b.listedIp, "IP address of the sending server", "送信サーバーのIPアドレス");
    set("domain", b.listedDomain, "domain", "ドメイン");
    set("operator", op ? op->name : QString(), "blocklist operator", "ブラックリスト運営者");
    const QString listName = !list ? b.list
        : list->name.contains(list->id) ? list->name
                                        : list->name + QStringLiteral(" (") + list->id + QLatin1Char(')');
    set("list", listName, "list name", "リスト名");
    set("status", b.status, "status code", "ステータスコード");
    set("replycode", b.replyCode, "reply code", "応答コード");
    set("remote", b.remoteMta, "receiving server", "受信サーバー");
    set("diagnostic", quotableRefusal(b.diagnostic), "paste the error message here", "エラーメッセージを貼り付けてください");
    set("date", b.date, "date of the refusal", "拒否された日");
    set("owner", evidence && evidence->owner.known ? evidence->owner.organisation : QString(), "owner of the IP address",
        "IPアドレスの管理者");
    set("removal", op ? (list && !list->removalUrl.isEmpty() ? list->removalUrl : op->removalUrl) : QString(),
        "removal page", "削除依頼ページ");
    set("name", QString(), "your name", "お名前");
    set("company", QString(), "your company", "会社名");
    set("cause", QString(), "what caused it, if known", "原因（わかる範囲で）");
    set("fix", QString(), "what you changed to fix it", "実施した対策");
    set("prevention", QString(), "how you will prevent it", "再発防止策");

    QString text = loadTemplate(id, lang);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());

    MessageTemplate t;
    t.id = id;
    if (text.startsWith(QLatin1String("Subject: "))) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        t.subject = text.mid(9, end - 9).trimmed();
        text = text.mid(end + 1);
    }
    t.body = text.trimmed() + QLatin1Char('\n');
    if (id == QLatin1String("isp")) {
        t.title = tr("Request to your ISP or hosting provider");
        if (evidence && evidence->owner.known)
            t.to = evidence->owner.abuseEmail;
    } else if (id == QLatin1String("list_operator")) {
        t.title = tr("Answers for the removal form");
        if (op)
            t.to = op->removalEmail;
    } else if (id == QLatin1String("recipient_admin")) {
        t.title = tr("Request to the recipient's administrator");
    } else if (id == QLatin1String("sender_admin")) {
        t.title = tr("Note for your own administrator");
    } else {
        t.title = tr("Message to the recipient (by another channel)");
    }
    return t;
}

} // namespace bn
