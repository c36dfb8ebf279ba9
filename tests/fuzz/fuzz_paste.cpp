// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: pasted text and HTML, then decoding it.
#include "decode/decoder.h"
#include "input/reader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool html = data[0] & 1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bn::decode(bn::readPastedText(text, html));
    return 0;
}
