// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/reason/reason_phrases.h"

#include <QHash>

namespace bn::reasons {

QString reasonOfStatus(QStringView status)
{
    // RFC 3463 / IANA enhanced status codes that name a cause on their own.
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const char *const pairs[][2] = {
            {"4.1.6", "hasmoved"}, {"4.1.7", "rejected"}, {"4.1.8", "rejected"}, {"4.1.9", "systemerror"},
            {"4.2.1", "suspend"}, {"4.2.2", "mailboxfull"}, {"4.2.3", "emailtoolarge"}, {"4.2.4", "filtered"},
            {"4.3.1", "systemfull"}, {"4.3.2", "notaccept"}, {"4.3.3", "systemerror"}, {"4.3.5", "systemerror"},
            {"4.4.1", "expired"}, {"4.4.2", "networkerror"}, {"4.4.3", "systemerror"}, {"4.4.4", "networkerror"},
            {"4.4.5", "systemfull"}, {"4.4.6", "networkerror"}, {"4.4.7", "expired"}, {"4.4.8", "networkerror"},
            {"4.5.3", "systemerror"}, {"4.5.5", "systemerror"}, {"4.6.0", "contenterror"}, {"4.6.2", "contenterror"},
            {"4.6.5", "contenterror"}, {"4.7.1", "blocked"}, {"4.7.2", "blocked"}, {"4.7.5", "securityerror"},
            {"4.7.6", "securityerror"}, {"4.7.7", "securityerror"}, {"4.7.12", "securityerror"},
            {"4.7.15", "securityerror"}, {"4.7.16", "emailtoolarge"}, {"4.7.24", "authfailure"},
            {"4.7.25", "requireptr"}, {"4.7.26", "authfailure"},
            {"5.1.0", "userunknown"}, {"5.1.1", "userunknown"}, {"5.1.2", "hostunknown"}, {"5.1.3", "userunknown"},
            {"5.1.4", "filtered"}, {"5.1.6", "hasmoved"}, {"5.1.7", "rejected"}, {"5.1.8", "rejected"},
            {"5.1.9", "systemerror"}, {"5.1.10", "notaccept"}, {"5.2.0", "filtered"}, {"5.2.1", "filtered"},
            {"5.2.2", "mailboxfull"}, {"5.2.3", "emailtoolarge"}, {"5.2.4", "filtered"}, {"5.3.0", "systemerror"},
            {"5.3.1", "systemfull"}, {"5.3.2", "notaccept"}, {"5.3.3", "systemerror"}, {"5.3.4", "emailtoolarge"},
            {"5.3.5", "systemerror"}, {"5.4.0", "networkerror"}, {"5.4.3", "systemerror"}, {"5.4.4", "hostunknown"},
            {"5.5.2", "syntaxerror"}, {"5.5.3", "ratelimited"}, {"5.5.4", "systemerror"}, {"5.5.5", "systemerror"},
            {"5.5.6", "syntaxerror"}, {"5.6.0", "contenterror"}, {"5.6.1", "contenterror"}, {"5.6.2", "contenterror"},
            {"5.6.3", "contenterror"}, {"5.6.5", "contenterror"}, {"5.6.6", "contenterror"}, {"5.6.7", "contenterror"},
            {"5.6.8", "contenterror"}, {"5.6.9", "contenterror"}, {"5.7.0", "securityerror"}, {"5.7.1", "securityerror"},
            {"5.7.2", "securityerror"}, {"5.7.3", "securityerror"}, {"5.7.4", "securityerror"}, {"5.7.5", "securityerror"},
            {"5.7.6", "securityerror"}, {"5.7.7", "securityerror"}, {"5.7.8", "securityerror"}, {"5.7.9", "securityerror"},
            {"5.7.10", "securityerror"}, {"5.7.11", "securityerror"}, {"5.7.13", "suspend"}, {"5.7.14", "securityerror"},
            {"5.7.15", "securityerror"}, {"5.7.16", "emailtoolarge"}, {"5.7.17", "hasmoved"}, {"5.7.18", "hasmoved"},
            {"5.7.19", "securityerror"}, {"5.7.20", "authfailure"}, {"5.7.21", "authfailure"}, {"5.7.22", "authfailure"},
            {"5.7.23", "authfailure"}, {"5.7.24", "authfailure"}, {"5.7.25", "requireptr"}, {"5.7.26", "authfailure"},
            {"5.7.27", "notaccept"},
        };
        for (const auto &p : pairs)
            t.insert(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]));
        return t;
    }();
    return table.value(status.toString());
}

} // namespace bn::reasons
