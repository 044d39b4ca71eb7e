#include "cloudtrail/bytesource.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace engine::cloudtrail {

struct ByteSource::Inflater
{
    z_stream stream{};
    bool initialised = false;
    bool memberEnded = false; // the last inflate() ended a gzip member
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ByteSource::ByteSource() = default;
ByteSource::~ByteSource() = default;

std::optional<std::string> ByteSource::open(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return std::string("is a directory");
    errno = 0;
    m_file.open(path, std::ios::binary);
    if (!m_file)
        return std::string(errno != 0 ? std::strerror(errno) : "cannot be opened");
    m_raw = std::make_unique<char[]>(blockSize);
    if (!readRaw() && !m_error.empty())
        return m_error;
    m_rawPending = m_rawSize > 0;
    m_gzip = m_rawSize >= 2 && static_cast<unsigned char>(m_raw[0]) == 0x1f
             && static_cast<unsigned char>(m_raw[1]) == 0x8b;
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        m_out = std::make_unique<char[]>(blockSize);
        // 15 + 16: a gzip wrapper, the largest window.
        if (inflateInit2(&m_inflater->stream, 15 + 16) != Z_OK)
            return std::string("cannot start gzip decompression");
        m_inflater->initialised = true;
        m_inflater->stream.next_in = reinterpret_cast<Bytef *>(m_raw.get());
        m_inflater->stream.avail_in = static_cast<uInt>(m_rawSize);
        m_rawPending = false;
    }
    return std::nullopt;
}

bool ByteSource::readRaw()
{
    m_rawSize = 0;
    if (m_rawEnd)
        return false;
    m_file.read(m_raw.get(), static_cast<std::streamsize>(blockSize));
    m_rawSize = static_cast<std::size_t>(m_file.gcount());
    m_fileBytes += m_rawSize;
    if (!m_file) {
        if (m_file.bad()) {
            m_error = "read error";
            m_rawEnd = true;
            return false;
        }
        m_rawEnd = true;
    }
    return m_rawSize > 0;
}

bool ByteSource::next(std::string_view &block)
{
    if (m_done)
        return false;
    if (m_gzip)
        return inflateNext(block);
    if (!m_rawPending && !readRaw()) {
        m_done = true;
        return false;
    }
    m_rawPending = false;
    block = std::string_view(m_raw.get(), m_rawSize);
    return true;
}

bool ByteSource::inflateNext(std::string_view &block)
{
    z_stream &z = m_inflater->stream;
    for (;;) {
        if (z.avail_in == 0) {
            if (!readRaw()) {
                m_done = true;
                if (!m_inflater->memberEnded && m_error.empty())
                    m_error = "the gzip data ends early (a truncated file?)";
                return false;
            }
            z.next_in = reinterpret_cast<Bytef *>(m_raw.get());
            z.avail_in = static_cast<uInt>(m_rawSize);
        }
        if (m_inflater->memberEnded) {
            // Another gzip member follows the one that ended.
            if (inflateReset(&z) != Z_OK) {
                m_error = "cannot restart gzip decompression";
                m_done = true;
                return false;
            }
            m_inflater->memberEnded = false;
        }
        z.next_out = reinterpret_cast<Bytef *>(m_out.get());
        z.avail_out = static_cast<uInt>(blockSize);
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            m_inflater->memberEnded = true;
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            m_error = std::string("damaged gzip data: ") + (z.msg ? z.msg : "inflate failed");
            m_done = true;
            return false;
        }
        const std::size_t produced = blockSize - z.avail_out;
        if (status == Z_BUF_ERROR && produced == 0 && z.avail_in > 0) {
            m_error = "damaged gzip data";
            m_done = true;
            return false;
        }
        if (produced > 0) {
            block = std::string_view(m_out.get(), produced);
            return true;
        }
    }
}

} // namespace engine::cloudtrail
