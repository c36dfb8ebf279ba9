// SPDX-License-Identifier: GPL-3.0-or-later
// Opening what the user names: files, folders, FIFOs, pipes, devices, standard input.
#include "input/input_file.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <utility>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bn", text); // lupdate files free tr() calls under the namespace
}

} // namespace

QString openFailureReason(int errnum)
{
    switch (errnum) {
    case ENOENT: return tr("no such file or folder");
    case EACCES:
    case EPERM: return tr("permission denied");
    case ENOTDIR: return tr("a part of the path is not a folder");
    case EISDIR: return tr("it is a folder");
    case ELOOP: return tr("too many symbolic links");
    case ENAMETOOLONG: return tr("the name is too long");
    case ENXIO: return tr("nothing is connected to it (a socket, or a device that is not there)");
    case EMFILE:
    case ENFILE: return tr("too many files are open");
    default: return QString::fromLocal8Bit(strerror(errnum));
    }
}

QString inputName(const QString &source)
{
    return source == QLatin1String("-") ? tr("standard input") : source;
}

InputFile InputFile::open(const QString &path, Mode mode)
{
    InputFile f;
    if (path == QLatin1String("-")) {
        f.m_fd = STDIN_FILENO;
        f.m_owned = false;
    } else {
        // In a folder, a FIFO must not make open() wait for a writer: O_NONBLOCK, and what the
        // path is, is then asked of the descriptor. Named on its own, a FIFO waits as `cat` does.
        const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | (mode == Mode::InFolder ? O_NONBLOCK : 0);
        do
            f.m_fd = ::open(QFile::encodeName(path).constData(), flags);
        while (f.m_fd < 0 && errno == EINTR);
        if (f.m_fd < 0) {
            f.m_error = tr("Cannot open %1: %2").arg(path, openFailureReason(errno));
            return f;
        }
    }
    struct stat st;
    if (fstat(f.m_fd, &st) != 0) {
        f.m_error = tr("Cannot open %1: %2").arg(inputName(path), openFailureReason(errno));
        if (f.m_owned)
            ::close(f.m_fd);
        f.m_fd = -1;
        return f;
    }
    if (S_ISDIR(st.st_mode)) {
        f.m_type = Type::Folder;
    } else if (S_ISREG(st.st_mode) && f.m_owned) {
        f.m_type = Type::File;
        f.m_size = qint64(st.st_size);
    } else if (mode == Mode::InFolder) {
        f.m_error = tr("%1 was skipped: it is not a regular file (a FIFO, a device or a socket).").arg(path);
        ::close(f.m_fd);
        f.m_fd = -1;
        return f;
    } else {
        f.m_type = Type::Stream; // standard input is always read as a stream, from where it stands
    }
    if (mode == Mode::InFolder && f.m_type == Type::File)
        fcntl(f.m_fd, F_SETFL, fcntl(f.m_fd, F_GETFL) & ~O_NONBLOCK);
    return f;
}

InputFile::InputFile(InputFile &&other) noexcept
    : m_type(other.m_type)
    , m_fd(std::exchange(other.m_fd, -1))
    , m_owned(other.m_owned)
    , m_size(other.m_size)
    , m_error(std::move(other.m_error))
{
}

InputFile &InputFile::operator=(InputFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0 && m_owned)
            ::close(m_fd);
        m_type = other.m_type;
        m_fd = std::exchange(other.m_fd, -1);
        m_owned = other.m_owned;
        m_size = other.m_size;
        m_error = std::move(other.m_error);
    }
    return *this;
}

InputFile::~InputFile()
{
    if (m_fd >= 0 && m_owned)
        ::close(m_fd);
}

int InputFile::release()
{
    if (m_fd < 0)
        return -1;
    return m_owned ? std::exchange(m_fd, -1) : fcntl(std::exchange(m_fd, -1), F_DUPFD_CLOEXEC, 0);
}

bool InputFile::openDevice(QFile &file)
{
    const bool owned = m_owned;
    return m_fd >= 0
        && file.open(std::exchange(m_fd, -1), QIODevice::ReadOnly,
                     owned ? QFileDevice::AutoCloseHandle : QFileDevice::DontCloseHandle);
}

} // namespace bn
