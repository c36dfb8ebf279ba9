// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: reading arbitrary bytes as a message and as a mailbox streamed message by
// message, then decoding what was read.
#include "decode/decoder.h"
#include "input/mailbox_reader.h"
#include "input/reader.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bn::ReadResult read = bn::readData(bytes, QStringLiteral("fuzz"));
    for (const bn::Message &m : read.messages)
        bn::decode(m);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    bn::readMailbox(device, QStringLiteral("fuzz"), [](bn::ReadResult &&r) {
        for (const bn::Message &m : r.messages)
            bn::decode(m);
    });
    return 0;
}
