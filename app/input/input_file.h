// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFile;

namespace bn {

//! A path opened for reading, and what it turned out to be. What it is, is asked of the open
//! descriptor (fstat), never of the path before opening it: no race between looking and opening.
class InputFile final
{
public:
    enum class Type {
        Failed, //!< could not be opened: see error()
        File,   //!< a regular file, of a known size
        Folder,
        Stream, //!< a FIFO, a pipe (/dev/fd/N), a socket or a character device: read until its end
    };
    //! How a path is opened. A FIFO named on the command line waits for its writer, as `cat`
    //! does; one found in a folder (or a device, a socket) is never read: a folder walk must not
    //! hang on what somebody left there.
    enum class Mode { Given, InFolder };

    //! Opens \a path ("-" is standard input, a stream, shared and left open).
    static InputFile open(const QString &path, Mode mode = Mode::Given);

    InputFile() = default;
    InputFile(InputFile &&other) noexcept;
    InputFile &operator=(InputFile &&other) noexcept;
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;
    ~InputFile();

    Type type() const { return m_type; }
    //! The size of a regular file; -1 otherwise.
    qint64 size() const { return m_size; }
    //! The descriptor (-1 when none); still owned by this object.
    int fd() const { return m_fd; }
    //! The descriptor, handed over: the caller closes it (standard input's is a duplicate).
    int release();
    //! Opens \a file on the descriptor, handing it over (standard input stays open).
    bool openDevice(QFile &file);
    //! Why it could not be opened, translated, naming the path: "Cannot open X: no such file or folder."
    QString error() const { return m_error; }

private:
    Type m_type = Type::Failed;
    int m_fd = -1;
    bool m_owned = true;
    qint64 m_size = -1;
    QString m_error;
};

//! The reason for an errno value, translated ("permission denied", "no such file or folder").
QString openFailureReason(int errnum);

//! \a source as people read it in messages: "standard input" for "-", the path otherwise.
QString inputName(const QString &source);

//! The largest single file or message read whole; larger ones are refused with an error (a
//! mailbox streams, and each of its messages is held to this).
constexpr qint64 MaxSingleInput = 64 * 1024 * 1024;

} // namespace bn
