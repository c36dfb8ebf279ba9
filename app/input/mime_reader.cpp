// SPDX-License-Identifier: GPL-3.0-or-later
// A first GMime-based reader: one .eml, an mbox, a folder. Hardened in later steps.
#include "input/reader.h"

#include "input/mailbox_reader.h"
#include "input/outlook_msg.h"

#include "common/field_lines.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <gmime/gmime.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace bn {

namespace {

void ensureGMime()
{
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(initialised);
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

//! Whether a raw header value can be kept as it is: ASCII without encoded words ("=?").
bool isPlainAscii(const char *raw)
{
    for (const char *p = raw; *p; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80 || (p[0] == '=' && p[1] == '?'))
            return false;
    return true;
}

//! The header fields of \a object: plain ASCII values as written (simplified when read), the
//! rest decoded by GMime (RFC 2047/2231, 8-bit charsets).
Headers readHeaders(GMimeObject *object)
{
    Headers out;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        const QByteArray name(g_mime_header_get_name(h));
        const char *raw = g_mime_header_get_raw_value(h);
        if (raw && isPlainAscii(raw))
            out.appendAscii(name, QByteArray(raw));
        else
            out.append(name, fromUtf8(g_mime_header_get_value(h)).simplified());
    }
    return out;
}

//! GMime's charset filters by charset name, one set per thread, reset and reused from part to
//! part: creating one opens an iconv converter, which loads and unloads glibc's conversion module
//! every time (a twentieth of all the work on a Japanese mailbox).
class CharsetFilters
{
public:
    CharsetFilters() = default;
    CharsetFilters(const CharsetFilters &) = delete;
    CharsetFilters &operator=(const CharsetFilters &) = delete;
    ~CharsetFilters() { clear(); }

    //! A filter from \a charset to UTF-8, reset; null for a charset iconv does not know.
    GMimeFilter *toUtf8(const char *charset)
    {
        const QByteArray key = QByteArray(charset).toLower();
        auto it = m_filters.constFind(key);
        if (it == m_filters.cend()) {
            if (m_filters.size() >= MaxCharsets) // a message naming charsets without end
                clear();
            it = m_filters.insert(key, g_mime_filter_charset_new(charset, "UTF-8"));
        }
        if (*it)
            g_mime_filter_reset(*it);
        return *it;
    }

private:
    static constexpr qsizetype MaxCharsets = 64;

    void clear()
    {
        for (GMimeFilter *f : std::as_const(m_filters))
            if (f)
                g_object_unref(f);
        m_filters.clear();
    }

    QHash<QByteArray, GMimeFilter *> m_filters;
};

//! Whether \a charset is a form of Unicode other than UTF-8 (UTF-16, UTF-32, UTF-7…), whose
//! bytes must always go through a converter, even when they look like ASCII or UTF-8.
bool isOtherUnicodeForm(const char *charset)
{
    if (g_ascii_strcasecmp(charset, "utf8") == 0)
        return false;
    return g_ascii_strncasecmp(charset, "utf", 3) == 0 || g_ascii_strncasecmp(charset, "ucs", 3) == 0
        || g_ascii_strncasecmp(charset, "unicode", 7) == 0;
}

//! The text of a part, in its declared charset. A part is often labelled wrongly: text in UTF-8
//! declared ISO-2022-JP or ISO-8859-1 (a gateway that re-encoded the body and kept the header).
//! Bytes that are valid UTF-8 and not plain ASCII cannot be ISO-2022-JP, and are next to
//! impossible as Latin or Japanese legacy text, so they are read as UTF-8; plain ASCII needs no
//! converter unless it holds ISO-2022 escapes.
QString partText(GMimePart *part)
{
    static thread_local CharsetFilters charsetFilters;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *mem = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, mem); // transfer encoding undone
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
    const char *data = reinterpret_cast<const char *>(bytes->data);
    const size_t size = bytes->len;
    const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    GMimeFilter *filter = nullptr;
    if (charset && g_ascii_strcasecmp(charset, "utf-8") != 0 && g_ascii_strcasecmp(charset, "us-ascii") != 0) {
        bool ascii = true;
        bool escapes = false;
        for (size_t i = 0; i < size && ascii; ++i) {
            ascii = static_cast<unsigned char>(data[i]) < 0x80;
            escapes = escapes || data[i] == '\x1b';
        }
        const bool asUtf8 = !isOtherUnicodeForm(charset)
            && ((ascii && !escapes) || (!ascii && g_utf8_validate(data, gssize(size), nullptr)));
        if (!asUtf8)
            filter = charsetFilters.toUtf8(charset); // null for a charset iconv does not know
    }
    QString text;
    if (filter) {
        char *out = nullptr;
        size_t outSize = 0;
        size_t outPrespace = 0;
        g_mime_filter_complete(filter, const_cast<char *>(data), size, 0, &out, &outSize, &outPrespace);
        text = QString::fromUtf8(out, qsizetype(outSize));
    } else {
        text = QString::fromUtf8(data, qsizetype(size));
    }
    g_object_unref(mem);
    return text;
}

//! The header fields a text/rfc822-headers part returns (the original's, without its body):
//! "Name: value" lines, folded lines joined, up to the first blank line; values read as
//! readHeaders() reads them (encoded words decoded by GMime). Parsed here, line by line: a
//! GMime parser would make an object per field.
Headers headersOfText(const QString &text)
{
    Headers headers;
    QByteArray name;
    QByteArray value;
    const auto flush = [&] {
        if (name.isEmpty())
            return;
        if (isPlainAscii(value.constData())) {
            headers.appendAscii(name, value);
        } else {
            gchar *decoded = g_mime_utils_header_decode_text(nullptr, value.constData()); // ours to free
            headers.append(name, fromUtf8(decoded).simplified());
            g_free(decoded);
        }
        name.clear();
        value.clear();
    };
    for (QStringView raw : QStringView(text).tokenize(QLatin1Char('\n'))) {
        const FieldLine line = readFieldLine(raw);
        if (line.kind == FieldLine::Kind::Blank)
            break; // the end of the header, if a body follows
        if (line.kind == FieldLine::Kind::Continuation) {
            if (!name.isEmpty())
                value += ' ' + line.value.toUtf8(); // folded onto this line
            continue;
        }
        flush();
        if (line.kind == FieldLine::Kind::Field) { // a line that is no field is skipped
            name = line.name.toLatin1();
            value = line.value.toUtf8();
        }
    }
    flush();
    return headers;
}

//! What a walk through a message collects: its parts, and the first text part of its returned
//! original, which is read only if the original holds a forwarded report (see toMessage).
struct Walk
{
    Message &out;
    GMimePart *originalText = nullptr; //!< a reference of ours
    bool tooDeep = false;              //!< parts were left unread below MaxDepth

    ~Walk()
    {
        if (originalText)
            g_object_unref(originalText);
    }
};

void walk(GMimeObject *object, bool inOriginal, Walk &w, int depth);

//! Nesting deeper than this is not read (and said so): no real notification comes near it.
constexpr int MaxDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

//! Whether the base64 of \a part is broken: a byte outside the alphabet (other than white
//! space), data after the padding, or a length no decoder can use. GMime decodes such a part
//! anyway, skipping what it does not know, into text that reads as garbage; it is left unread.
bool brokenBase64(GMimePart *part)
{
    if (g_mime_part_get_content_encoding(part) != GMIME_CONTENT_ENCODING_BASE64)
        return false;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    GMimeStream *stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream)
        return false;
    static const std::array<int8_t, 256> kind = [] { // 1 alphabet, 2 padding, 0 white space, -1 other
        std::array<int8_t, 256> t{};
        t.fill(-1);
        for (const char c : {' ', '\t', '\r', '\n', '\f', '\v'})
            t[uint8_t(c)] = 0;
        for (int c = 0; c < 256; ++c)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')
                t[size_t(c)] = 1;
        t[uint8_t('=')] = 2;
        return t;
    }();
    g_mime_stream_reset(stream);
    char chunk[4096];
    qint64 symbols = 0;
    bool padded = false;
    bool broken = false;
    ssize_t n;
    while (!broken && (n = g_mime_stream_read(stream, chunk, sizeof chunk)) > 0) {
        for (ssize_t i = 0; i < n && !broken; ++i) {
            const int8_t k = kind[uint8_t(chunk[i])];
            if (k == 1) {
                broken = padded;
                ++symbols;
            } else if (k == 2) {
                padded = true;
                ++symbols;
            } else {
                broken = k < 0;
            }
        }
    }
    g_mime_stream_reset(stream);
    return broken || symbols % 4 == 1;
}

//! "type/subtype", lower case.
QByteArray mimeTypeOf(GMimeObject *object)
{
    gchar *mimeType = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(object)); // ours to free
    const QByteArray mime = QByteArray(mimeType).toLower();
    g_free(mimeType);
    return mime;
}

//! A leaf's text, HTML turned into plain text.
QString readableText(GMimePart *part, const QByteArray &mime)
{
    const QString text = partText(part);
    return mime == "text/html" ? htmlToText(text) : text;
}

//! Text of a multipart outside any part it could find (its prologue), read as the
//! notification's own text; inside the returned original, not read (as any text there).
void addUnboundedText(Walk &w, const char *text, bool inOriginal)
{
    const QString t = QString::fromUtf8(text).trimmed();
    if (!inOriginal && !t.isEmpty())
        w.out.parts.append({QByteArrayLiteral("text/plain"), t, false});
}

//! A multipart whose declared boundary never occurs (a boundary rewritten on the way, a folded
//! Content-Type that lost its parameter) holds everything in its prologue: find the boundary
//! actually used, a "--token" line followed by a Content- field, and parse the parts again.
bool walkRepaired(const char *prologue, bool inOriginal, Walk &w, int depth)
{
    if (!prologue)
        return false;
    const QByteArray body(prologue);
    const QList<QByteArray> lines = body.split('\n');
    QByteArray boundary;
    for (qsizetype i = 0; i + 1 < lines.size() && boundary.isEmpty(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.size() > 3 && line.startsWith("--") && !line.contains(' ')
            && lines.at(i + 1).toLower().startsWith("content-"))
            boundary = line.mid(2);
    }
    if (boundary.isEmpty() || boundary.contains('"'))
        return false;
    const QByteArray data = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n" + body;
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeObject *repaired = g_mime_parser_construct_part(parser, nullptr);
    bool ok = false;
    if (repaired && GMIME_IS_MULTIPART(repaired) && g_mime_multipart_get_count(GMIME_MULTIPART(repaired)) > 0) {
        // What comes before the boundary found is read too: where the first delimiter was
        // mangled as well, the notification's own text is there.
        addUnboundedText(w, g_mime_multipart_get_prologue(GMIME_MULTIPART(repaired)), inOriginal);
        walk(repaired, inOriginal, w, depth + 1);
        ok = true;
    }
    if (repaired)
        g_object_unref(repaired);
    g_object_unref(parser);
    g_object_unref(stream);
    return ok;
}

void warnBrokenBase64(Message &out, const QByteArray &mime)
{
    //: %1 is a MIME type, e.g. text/plain or message/delivery-status
    const QString warning = tr("A %1 part is not valid base64 and was not read.").arg(QString::fromLatin1(mime));
    if (!out.warnings.contains(warning))
        out.warnings.append(warning);
}

void walk(GMimeObject *object, bool inOriginal, Walk &w, int depth)
{
    Message &out = w.out;
    if (!object)
        return;
    if (depth > MaxDepth) {
        w.tooDeep = true;
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(multipart);
        if (n == 0) {
            const char *prologue = g_mime_multipart_get_prologue(multipart);
            if (walkRepaired(prologue, inOriginal, w, depth))
                return;
            // No boundary at all: the body is one text, as a reader of the raw message sees it.
            addUnboundedText(w, prologue, inOriginal);
            return;
        }
        // multipart/alternative: the plain text when there is one, else the richest part.
        const bool alternative = g_mime_content_type_is_type(g_mime_object_get_content_type(object), "multipart", "alternative");
        if (alternative) {
            for (int i = 0; i < n; ++i) {
                GMimeObject *part = g_mime_multipart_get_part(multipart, i);
                if (g_mime_content_type_is_type(g_mime_object_get_content_type(part), "text", "plain")) {
                    walk(part, inOriginal, w, depth + 1);
                    return;
                }
            }
        }
        for (int i = 0; i < n; ++i)
            walk(g_mime_multipart_get_part(multipart, i), inOriginal, w, depth + 1);
        return;
    }
    const QByteArray mime = mimeTypeOf(object);
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner) {
            if (!inOriginal)
                out.returnedHeaders = readHeaders(GMIME_OBJECT(inner));
            walk(g_mime_message_get_mime_part(inner), true, w, depth + 1);
        }
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    // Only text is read, and from the returned original only a forwarded delivery status (and
    // its first text, kept for later): attachments and the rest of the original are never decoded.
    const bool text = mime.startsWith("text/");
    const bool deliveryStatus = mime == "message/delivery-status" || mime == "message/global-delivery-status";
    // The original's text is kept for later, and checked only if it is read (see toMessage).
    const bool read = inOriginal ? deliveryStatus : text || deliveryStatus || mime == "message/feedback-report";
    if (read && brokenBase64(GMIME_PART(object))) {
        warnBrokenBase64(out, mime);
        return;
    }
    if (inOriginal) {
        if (text && !w.originalText)
            w.originalText = GMIME_PART(g_object_ref(object));
        else if (deliveryStatus && out.forwardedDeliveryStatus.isEmpty())
            out.forwardedDeliveryStatus = partText(GMIME_PART(object));
        return;
    }
    if (!text && !deliveryStatus && mime != "message/feedback-report")
        return;
    MessagePart part;
    part.contentType = mime;
    part.text = readableText(GMIME_PART(object), mime);
    part.inReturnedOriginal = mime == "text/rfc822-headers";
    if (part.inReturnedOriginal && out.returnedHeaders.fields().isEmpty())
        out.returnedHeaders = headersOfText(part.text);
    if (deliveryStatus)
        out.deliveryStatus += part.text;
    else if (mime == "message/feedback-report")
        out.feedbackReport += part.text;
    out.parts.append(part);
}

Message toMessage(GMimeObject *headers, GMimeObject *body, const QString &source, int index)
{
    Message m;
    m.source = source;
    m.index = index;
    m.headers = readHeaders(headers);
    Walk w{m};
    walk(body, false, w, 0);
    if (w.tooDeep)
        m.warnings.append(tr("Parts nested more than %1 levels deep were not read.").arg(MaxDepth));
    // The original's text serves only to read a report forwarded inside it.
    if (w.originalText && !m.forwardedDeliveryStatus.isEmpty()) {
        const QByteArray mime = mimeTypeOf(GMIME_OBJECT(w.originalText));
        if (brokenBase64(w.originalText))
            warnBrokenBase64(m, mime);
        else
            m.returnedText = readableText(w.originalText, mime);
    }
    return m;
}

} // namespace

ReadResult ReadResult::withSource(const QString &source) &&
{
    for (Message &m : messages)
        m.source = source;
    return std::move(*this);
}

void ReadResult::append(ReadResult &&other)
{
    messages.append(std::move(other.messages));
    errors.append(std::move(other.errors));
}

//! Whether \a name is a header field's name as messages write it: letters, digits, hyphens.
static bool isHeaderName(QStringView name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-'));
    });
}

//! An RFC 5322 message or an mbox starts with a header field or a "From " line; anything
//! else (a pasted NDR, a log excerpt) is read as pasted text. A first line alone that merely
//! has the form ("NOTICE: Delivery Failure.", then a blank line) is no header: the block must
//! name a field messages have, or hold two fields. Lines are read as header blocks are
//! (readFieldLine()), one at a time: most texts are decided by their first.
static bool looksLikeMessage(const QByteArray &data)
{
    if (data.startsWith("From "))
        return true;
    static const char *const known[] = {"from", "to", "subject", "date", "received", "return-path", "message-id",
                                        "mime-version", "content-type", "delivered-to", "sender", "reply-to", "cc",
                                        "dkim-signature", "authentication-results", "auto-submitted", "in-reply-to",
                                        "references", "content-transfer-encoding", "envelope-to", "precedence",
                                        "bcc", "errors-to", "importance", "organization", "user-agent", "thread-topic",
                                        "thread-index", "content-language", "comments", "keywords"};
    int fields = 0;
    for (qsizetype start = 0; start < data.size();) {
        const qsizetype end = data.indexOf('\n', start);
        const QString text = QString::fromLatin1(QByteArrayView(data).sliced(start, (end < 0 ? data.size() : end) - start));
        const FieldLine line = readFieldLine(text);
        if (line.kind == FieldLine::Kind::Blank)
            break;
        if (line.kind == FieldLine::Kind::Other || (line.kind == FieldLine::Kind::Field && !isHeaderName(line.name)))
            return fields >= 2;
        if (line.kind == FieldLine::Kind::Field) {
            const QString lower = line.name.toString().toLower();
            if (lower.startsWith(QLatin1String("x-")) || lower.startsWith(QLatin1String("arc-"))
                || lower.startsWith(QLatin1String("resent-")) || lower.startsWith(QLatin1String("list-"))
                || std::any_of(std::begin(known), std::end(known), [&](const char *k) { return lower == QLatin1String(k); }))
                return true;
            ++fields;
        }
        if (end < 0)
            break;
        start = end + 1;
    }
    return fields >= 2;
}

//! CRLF and lone CR line endings become LF, so that every reader sees one form.
static QByteArray normaliseLineEndings(const QByteArray &data)
{
    if (!data.contains('\r'))
        return data;
    QByteArray out;
    out.reserve(data.size());
    const char *p = data.constData();
    const char *end = p + data.size();
    while (p < end) {
        // The run up to the next CR as it is, then the CR (with its LF, if any) as one LF.
        const char *cr = static_cast<const char *>(memchr(p, '\r', size_t(end - p)));
        const char *runEnd = cr ? cr : end;
        out.append(p, runEnd - p);
        if (!cr)
            break;
        out.append('\n');
        p = cr + 1;
        if (p < end && *p == '\n')
            ++p;
    }
    return out;
}

//! Binary data that is no e-mail: images, archives, documents, executables.
static bool looksBinary(const QByteArray &data)
{
    static const char *const signatures[] = {"\x89PNG", "\xFF\xD8\xFF", "GIF8", "%PDF", "PK\x03\x04", "\x7F" "ELF", "MZ"};
    for (const char *sig : signatures)
        if (data.startsWith(sig))
            return true;
    // Control bytes other than line breaks, tabs, form feeds and ESC (ISO-2022-JP), one table
    // look-up per byte.
    static const std::array<uint8_t, 256> isControl = [] {
        std::array<uint8_t, 256> t{};
        for (int c = 0; c < 0x20; ++c)
            t[size_t(c)] = c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b;
        return t;
    }();
    const QByteArrayView head(data.constData(), qMin<qsizetype>(data.size(), 8192));
    qsizetype control = 0;
    for (char c : head)
        control += isControl[static_cast<unsigned char>(c)];
    return control * 20 > head.size(); // more than 5 % control bytes
}

ReadResult readData(const QByteArray &raw, const QString &source);

static ReadResult readOutlookFile(const QString &path, const QString &source)
{
    const OutlookMessage msg = readOutlookMessage(path, source);
    if (!msg.error.isEmpty()) {
        ReadResult r;
        r.errors.append({source, InputError::Kind::Malformed, msg.error});
        return r;
    }
    return readData(toRfc5322(msg), source);
}

ReadResult readData(const QByteArray &raw, const QString &source)
{
    ensureGMime();
    ReadResult result;
    if (isOleFile(raw)) {
        // libolecf reads files: an Outlook .msg given as bytes (stdin, a drop) goes through one.
        QTemporaryFile temporary;
        if (!temporary.open() || temporary.write(raw) != raw.size() || !temporary.flush()) {
            result.errors.append({source, InputError::Kind::Unreadable,
                                  QCoreApplication::translate("bn::Reader", "Cannot read %1.").arg(source)});
            return result;
        }
        return readOutlookFile(temporary.fileName(), source);
    }
    if (looksBinary(raw)) {
        result.errors.append({source, InputError::Kind::Binary,
                              QCoreApplication::translate("bn::Reader", "%1 is not an e-mail or text (it looks like a binary file).")
                                  .arg(source)});
        return result;
    }
    const QByteArray data = normaliseLineEndings(raw);
    if (data.trimmed().isEmpty()) {
        result.errors.append({source, InputError::Kind::Empty,
                              QCoreApplication::translate("bn::Reader", "%1 is empty.").arg(source)});
        return result;
    }
    if (!looksLikeMessage(data))
        return ReadResult{{readPastedText(QString::fromUtf8(data), data.contains("<html") || data.contains("<HTML"))}, {}}
            .withSource(source);
    const bool mbox = data.startsWith("From ");
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    if (mbox) {
        g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
        for (int index = 0; !g_mime_parser_eos(parser); ++index) {
            GMimeMessage *gm = g_mime_parser_construct_message(parser, nullptr);
            if (!gm)
                break;
            result.messages.append(toMessage(GMIME_OBJECT(gm), g_mime_message_get_mime_part(gm), source, index));
            g_object_unref(gm);
        }
    } else if (GMimeObject *top = g_mime_parser_construct_part(parser, nullptr)) {
        // One message, parsed as its top-level part, which keeps every header field: a
        // GMimeMessage would also parse its address fields, dates and subject, which the
        // decoder reads from the raw fields anyway (a fifth of GMime's time).
        result.messages.append(toMessage(top, top, source, 0));
        g_object_unref(top);
    }
    g_object_unref(parser);
    g_object_unref(stream);
    return result;
}

ReadResult readPath(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        ReadResult result;
        readPathEach(path, [&result](ReadResult &&read) { result.append(std::move(read)); });
        return result;
    }
    return readRaw(readFileRaw(path));
}

Message readPastedText(const QString &pasted, bool isHtml)
{
    QString text = pasted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (isHtml)
        text = htmlToText(text);
    // A paste that starts with a header block (copied with "show original") is a message.
    const QByteArray utf8 = text.toUtf8();
    if (looksLikeMessage(utf8) && utf8.contains("\n\n")) {
        ReadResult r = readData(utf8, QString());
        if (!r.messages.isEmpty()) {
            Message m = r.messages.takeFirst();
            m.kind = Message::Kind::PastedText;
            return m;
        }
    }
    Message m;
    m.kind = Message::Kind::PastedText;
    m.parts.append({QByteArrayLiteral("text/plain"), text, false});
    return m;
}

} // namespace bn
