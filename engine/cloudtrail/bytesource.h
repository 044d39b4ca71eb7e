// The bytes of one event file, block by block, gunzipped on the way when the file is gzip
// (CloudTrail delivers .json.gz): memory stays one block whatever the file's size.
//
//   ByteSource source;
//   if (auto error = source.open(path)) report(*error);
//   std::string_view block;
//   while (source.next(block)) consume(block);
//   if (!source.error().empty()) report(source.error()); // a damaged or truncated gzip stream
//
// Gzip is recognised by its magic bytes, not by the file name; concatenated gzip members (what
// `cat a.gz b.gz` gives) are read one after the other.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace engine::cloudtrail {

class ByteSource
{
public:
    ByteSource();
    ~ByteSource();
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;

    // Why the file cannot be opened ("No such file or directory"), or nullopt.
    std::optional<std::string> open(const std::string &path);
    // The next block of (decompressed) bytes; false at the end or after an error.
    bool next(std::string_view &block);
    // Empty, or why reading stopped early ("damaged gzip data: invalid distance too far back").
    const std::string &error() const { return m_error; }
    bool isGzip() const { return m_gzip; }
    // Bytes of the file read so far (compressed bytes for gzip).
    std::uint64_t fileBytesRead() const { return m_fileBytes; }

private:
    bool readRaw();
    bool inflateNext(std::string_view &block);

    static constexpr std::size_t blockSize = 1u << 16;
    std::ifstream m_file;
    std::unique_ptr<char[]> m_raw; // Owned: bytes as read from the file
    std::unique_ptr<char[]> m_out; // Owned: inflated bytes (gzip only)
    std::size_t m_rawSize = 0;     // valid bytes in m_raw
    bool m_rawEnd = false;         // the file is read to its end
    bool m_gzip = false;
    bool m_done = false;
    bool m_rawPending = false; // plain file: m_raw holds a block not yet returned
    std::uint64_t m_fileBytes = 0;
    std::string m_error;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater; // Owned
};

} // namespace engine::cloudtrail
