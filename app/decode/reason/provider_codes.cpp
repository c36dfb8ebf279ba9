// SPDX-License-Identifier: GPL-3.0-or-later
// Providers' documented error codes, in their tables: the code a refusal carries decides the
// reason, read only for that provider's servers or recipients. The tables are those Sisimai
// keeps (Sisimai::Rhost::*, BSD-2-Clause), which the providers publish (Cox and Spectrum "AUP#"
// codes, GoDaddy "IB" codes, Orange and La Poste "OFR_"/"LPN" codes, i.ua error pages), in
// Sisimai 5's reason names: a code about the sender's SPF or DKIM is authfailure, one about the
// connecting IP's DNS name requireptr. Adding a provider = adding an entry.
#include "decode/reason/reason_phrases.h"

#include <QRegularExpression>

#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

namespace bn::reasons {

namespace {

struct CodeRange
{
    int first, last; //!< numeric codes, both ends included
    const char *reason;
};

struct ProviderCodes
{
    std::initializer_list<const char *> hosts; //!< server or recipient domain suffixes
    const char *code; //!< a pattern on the lower-case text whose first capture is the code
    std::initializer_list<std::pair<const char *, const char *>> codes; //!< lower-case code, reason
    std::initializer_list<CodeRange> ranges = {};                      //!< then numeric codes by range
};

const ProviderCodes providers[] = {
    // Cox: "AUP#CXBL" (cox.com/business/support/email-error-codes)
    {{"cox.net"},
     "aup#([0-9a-z]+)",
     {{"cxbl", "blocked"}, {"cxthrt", "securityerror"}, {"cxmj", "securityerror"}, {"cxdns", "requireptr"},
      {"cxsndr", "rejected"}, {"cxsmtp", "authfailure"}, {"cxcnct", "ratelimited"}, {"cxmxrt", "ratelimited"},
      {"cdrbl", "blocked"}, {"ipbl0001", "blocked"}, {"ipbl0010", "blocked"}, {"ipbl0100", "blocked"},
      {"ipbl0011", "blocked"}, {"ipbl0101", "blocked"}, {"ipbl0110", "blocked"}, {"ipbl0111", "blocked"},
      {"ipbl1000", "blocked"}, {"ipbl1001", "blocked"}, {"ipbl1010", "blocked"}, {"ipbl1011", "blocked"},
      {"ipbl1100", "blocked"}, {"ipbl1101", "blocked"}, {"ipbl1110", "blocked"}, {"ipbl1111", "blocked"},
      {"ipbl00001", "blocked"}, {"urlbl011", "spamdetected"}, {"urlbl101", "spamdetected"},
      {"urlbl110", "spamdetected"}, {"urlbl1001", "spamdetected"}}},
    // Spectrum (Charter): "AUP#In-1310", "AUP#Out-1000" (spectrum.net … understanding-email-error-codes)
    {{"charter.net", "spectrum.net", "rr.com"},
     "aup#[-a-z]*(\\d{4})",
     {{"1000", "blocked"}, {"1010", "rejected"}, {"1090", "systemerror"}, {"1260", "networkerror"},
      {"1500", "rejected"}, {"1520", "rejected"}, {"1530", "emailtoolarge"}, {"1540", "ratelimited"},
      {"1550", "ratelimited"}, {"1560", "policyviolation"}},
     {{1020, 1080, "rejected"}, {1100, 1150, "requireptr"}, {1160, 1190, "policyviolation"}, {1200, 1250, "blocked"},
      {1300, 1490, "ratelimited"}}},
    // GoDaddy: "IB607" (godaddy.com help: "Email error codes")
    {{"secureserver.net"},
     "\\s(ib\\d{3})\\b",
     {{"ib103", "blocked"}, {"ib104", "blocked"}, {"ib105", "blocked"}, {"ib106", "blocked"}, {"ib007", "ratelimited"},
      {"ib101", "expired"}, {"ib108", "requireptr"}, {"ib110", "blocked"}, {"ib111", "blocked"}, {"ib112", "blocked"},
      {"ib113", "blocked"}, {"ib212", "spamdetected"}, {"ib401", "securityerror"}, {"ib501", "rejected"},
      {"ib502", "rejected"}, {"ib504", "ratelimited"}, {"ib506", "rejected"}, {"ib508", "authfailure"},
      {"ib510", "ratelimited"}, {"ib607", "ratelimited"}, {"ib705", "virusdetected"}}},
    // Orange and La Poste: "OFR_416", "LPN007_416", "OFR004_104": the last three digits
    {{"laposte.net", "orange.fr", "wanadoo.fr"},
     "\\b(?:lpn|lpnaaa|ofr|ouk)(?:_|\\d{3}[-_])(\\d{3})\\b",
     {{"101", "blocked"}, {"102", "blocked"}, {"103", "blocked"}, {"104", "ratelimited"}, {"107", "blocked"},
      {"108", "blocked"}, {"305", "securityerror"}, {"401", "blocked"}, {"402", "securityerror"}, {"403", "rejected"},
      {"405", "rejected"}, {"415", "rejected"}, {"416", "userunknown"}, {"417", "mailboxfull"}, {"418", "userunknown"},
      {"420", "suspend"}, {"421", "rejected"}, {"426", "suspend"}, {"505", "systemerror"}, {"506", "spamdetected"},
      {"510", "blocked"}, {"514", "emailtoolarge"}, {"517", "policyviolation"}, {"630", "policyviolation"},
      {"999", "blocked"}}},
    // i.ua: "See http://mail.i.ua/err/3/"
    {{"i.ua", "email.ua"},
     "\\.i\\.ua/err/(\\d+)",
     {{"1", "norelaying"}, {"2", "userunknown"}, {"3", "suspend"}, {"4", "mailboxfull"}, {"5", "ratelimited"},
      {"6", "norelaying"}, {"7", "blocked"}, {"8", "rejected"}, {"9", "blocked"}, {"10", "filtered"}}},
};

//! Each provider's code pattern, compiled once.
const std::vector<QRegularExpression> &codePatterns()
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> out;
        for (const ProviderCodes &p : providers)
            out.emplace_back(QString::fromLatin1(p.code));
        return out;
    }();
    return patterns;
}

QString reasonOfCode(const ProviderCodes &p, const QString &code)
{
    for (const auto &[c, reason] : p.codes)
        if (code == QLatin1String(c))
            return QString::fromLatin1(reason);
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric)
        for (const CodeRange &r : p.ranges)
            if (n >= r.first && n <= r.last)
                return QString::fromLatin1(r.reason);
    return {};
}

} // namespace

bool hostIsUnder(const QString &host, const char *suffix)
{
    const QLatin1String s(suffix);
    return host == s || (host.endsWith(s) && host.at(host.size() - s.size() - 1) == QLatin1Char('.'));
}

QString providerCodeReason(const QString &lowerText, const QString &host, const QString &domain)
{
    for (size_t i = 0; i < std::size(providers); ++i) {
        const ProviderCodes &p = providers[i];
        bool ours = false;
        for (const char *h : p.hosts)
            ours = ours || hostIsUnder(host, h) || hostIsUnder(domain, h);
        if (!ours)
            continue;
        const QRegularExpressionMatch m = codePatterns()[i].match(lowerText);
        if (m.hasMatch())
            return reasonOfCode(p, m.captured(1));
    }
    return {};
}

} // namespace bn::reasons
