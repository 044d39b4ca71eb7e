#include "cli/output.h"

#include "cli/commands.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace engine::cli {

FdOutputBuffer::FdOutputBuffer(int fd) : m_fd(fd)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

FdOutputBuffer::~FdOutputBuffer()
{
    drain();
}

bool FdOutputBuffer::writeAll(const char *data, std::size_t count)
{
    while (count > 0 && m_error == 0) {
        const ssize_t written = ::write(m_fd, data, count);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            break;
        }
        if (written == 0) { // never for a regular file or pipe; do not spin
            m_error = EIO;
            break;
        }
        data += written;
        count -= static_cast<std::size_t>(written);
    }
    return m_error == 0;
}

bool FdOutputBuffer::drain()
{
    const auto pending = static_cast<std::size_t>(pptr() - pbase());
    const bool ok = writeAll(pbase(), pending);
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return ok;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c)
{
    if (!drain())
        return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

std::streamsize FdOutputBuffer::xsputn(const char *data, std::streamsize count)
{
    if (m_error != 0)
        return 0;
    const auto size = static_cast<std::size_t>(count);
    const auto room = static_cast<std::size_t>(epptr() - pptr());
    if (size <= room) {
        std::memcpy(pptr(), data, size);
        pbump(static_cast<int>(size));
        return count;
    }
    // A run larger than the free space: empty the buffer, then write large runs directly.
    if (!drain())
        return 0;
    if (size >= m_buffer.size())
        return writeAll(data, size) ? count : 0;
    std::memcpy(pptr(), data, size);
    pbump(static_cast<int>(size));
    return count;
}

int FdOutputBuffer::sync()
{
    return drain() ? 0 : -1;
}

std::string outputErrorReason(const std::ostream &out)
{
    if (const auto *buffer = dynamic_cast<const FdOutputBuffer *>(out.rdbuf());
        buffer && buffer->error() != 0) {
        return std::strerror(buffer->error());
    }
    return "write error";
}

int finishOutput(std::string_view command, int status, std::ostream &out, std::ostream &err)
{
    out.flush();
    if (out)
        return status;
    err << "secret-policy";
    if (!command.empty())
        err << ' ' << command;
    err << ": cannot write the output: " << outputErrorReason(out) << '\n';
    err.flush();
    return ExitFailure;
}

} // namespace engine::cli
