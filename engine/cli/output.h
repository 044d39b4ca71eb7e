// Standard output of `secret-policy`: a buffered stream buffer over a file descriptor that
// remembers why a write failed, so that a full disk or a closed pipe ends every subcommand with
// "cannot write the output: No space left on device" and exit status 2 instead of a silent 0.
//
//   FdOutputBuffer buffer(STDOUT_FILENO);
//   std::ostream out(&buffer);
//   out << text;
//   out.flush();
//   if (!out) std::cerr << outputErrorReason(out);
//
// Writes are collected in a 64 KB buffer and handed to write(2) in runs; EINTR is retried.
#pragma once

#include <array>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace engine::cli {

class FdOutputBuffer : public std::streambuf
{
public:
    explicit FdOutputBuffer(int fd);
    ~FdOutputBuffer() override;
    FdOutputBuffer(const FdOutputBuffer &) = delete;
    FdOutputBuffer &operator=(const FdOutputBuffer &) = delete;

    // The errno of the first failed write, 0 while every write succeeded. After a failure
    // nothing more is written.
    int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char *data, std::streamsize count) override;
    int sync() override;

private:
    bool writeAll(const char *data, std::size_t count);
    bool drain();

    int m_fd;
    int m_error = 0;
    std::array<char, 65536> m_buffer;
};

// Why writing to `out` failed: the system's words for an FdOutputBuffer's error ("No space
// left on device", "Broken pipe"), else "write error".
std::string outputErrorReason(const std::ostream &out);

// Flushes `out`; when it has failed, writes "secret-policy COMMAND: cannot write the output:
// REASON" to `err` and returns ExitFailure, else returns `status`.
int finishOutput(std::string_view command, int status, std::ostream &out, std::ostream &err);

} // namespace engine::cli
