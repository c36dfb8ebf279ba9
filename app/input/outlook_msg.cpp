// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/outlook_msg.h"

#include <QCoreApplication>
#include <QFile>

#include <libolecf.h>

namespace bn {

namespace {

//! A property stream as text: "001F" streams are UTF-16LE, "001E" 8-bit.
QString readProperty(libolecf_item_t *root, const char *id)
{
    for (const char *type : {"001F", "001E"}) {
        const QByteArray name = QByteArrayLiteral("__substg1.0_") + id + type;
        libolecf_item_t *item = nullptr;
        if (libolecf_item_get_sub_item_by_utf8_name(root, reinterpret_cast<const uint8_t *>(name.constData()),
                                                    size_t(name.size()), &item, nullptr) != 1)
            continue;
        uint32_t size = 0;
        QByteArray data;
        if (libolecf_item_get_size(item, &size, nullptr) == 1 && size > 0 && size < 32 * 1024 * 1024) {
            data.resize(qsizetype(size));
            const ssize_t read = libolecf_stream_read_buffer(item, reinterpret_cast<uint8_t *>(data.data()), size, nullptr);
            data.resize(read > 0 ? qsizetype(read) : 0);
        }
        libolecf_item_free(&item, nullptr);
        if (qstrcmp(type, "001F") == 0)
            return QString::fromUtf16(reinterpret_cast<const char16_t *>(data.constData()), data.size() / 2).remove(QChar(0));
        return QString::fromLatin1(data);
    }
    return {};
}

} // namespace

bool isOleFile(const QByteArray &data)
{
    return data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

OutlookMessage readOutlookMessage(const QString &path, const QString &displayName)
{
    OutlookMessage m;
    const QString shown = displayName.isEmpty() ? path : displayName;
    libolecf_file_t *file = nullptr;
    libolecf_item_t *root = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (libolecf_file_initialize(&file, nullptr) != 1
        || libolecf_file_open(file, name.constData(), LIBOLECF_OPEN_READ, nullptr) != 1
        || libolecf_file_get_root_item(file, &root, nullptr) != 1) {
        m.error = QCoreApplication::translate("bn::Reader", "%1 is not a readable Outlook .msg file.").arg(shown);
    } else {
        m.transportHeaders = readProperty(root, "007D");
        m.subject = readProperty(root, "0037");
        m.body = readProperty(root, "1000");
        if (m.transportHeaders.isEmpty() && m.body.isEmpty())
            m.error = QCoreApplication::translate("bn::Reader", "%1 holds no message text.").arg(shown);
    }
    if (root)
        libolecf_item_free(&root, nullptr);
    if (file) {
        libolecf_file_close(file, nullptr);
        libolecf_file_free(&file, nullptr);
    }
    return m;
}

QByteArray toRfc5322(const OutlookMessage &m)
{
    QByteArray out;
    bool skipping = false;
    bool subject = false;
    for (const QString &line : m.transportHeaders.split(QLatin1Char('\n'))) {
        const QString l = line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
        if (l.isEmpty())
            break;
        const bool continuation = l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t'));
        if (!continuation) {
            const QString field = l.section(QLatin1Char(':'), 0, 0).toLower();
            skipping = field == QLatin1String("content-type") || field == QLatin1String("content-transfer-encoding")
                || field == QLatin1String("mime-version");
            subject = subject || field == QLatin1String("subject");
        }
        if (!skipping)
            out += l.toUtf8() + '\n';
    }
    if (!subject && !m.subject.isEmpty())
        out += "Subject: " + m.subject.toUtf8() + '\n';
    out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n";
    out += m.body.toUtf8();
    return out;
}

} // namespace bn
