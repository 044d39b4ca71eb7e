// Safe file writes and guarded file reads, for the CLI and the editor alike.
//
// writeFileAtomically() replaces a file so that every reader, and every crash, sees either the
// old bytes or the new ones, never a mix or an empty file:
//
//   const io::FileStatus status = io::writeFileAtomically("policy.json", text);
//   if (!status) { report(status.message); }   // "the disk is full": policy.json is unchanged
//
// It writes a temporary file in the same folder, checks every write, syncs it, reads it back
// and compares, gives it the original's permissions, renames it over the original and syncs
// the folder. On any failure the temporary file is removed and the original is left byte for
// byte; the status says why (disk full, permission denied, read-only file system, folder gone).
//
// readRegularFile() reads a policy the way the editor must: regular files only (a device or a
// FIFO would never end or never start), and only up to a size limit, decided with stat()
// before reading anything.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace engine::io {

// The largest policy file the tools read (the CLI and the editor): 10 MB.
inline constexpr std::size_t maxPolicyFileBytes = 10u * 1024u * 1024u;

// Why a file operation failed, as a user acts on it.
enum class FileError {
    None,
    DiskFull,           // ENOSPC, EDQUOT
    PermissionDenied,   // EACCES, EPERM
    ReadOnlyFile,       // the file itself has no write permission
    ReadOnlyFileSystem, // EROFS
    FolderMissing,      // the folder does not exist (any more)
    NotFound,           // reading: the file does not exist
    NotRegularFile,     // a directory, device, FIFO or socket
    TooLarge,           // reading: over the limit
    Other,              // anything else; the message has the system's words
};

struct [[nodiscard]] FileStatus
{
    FileError error = FileError::None;
    int errorNumber = 0; // errno when the system reported the failure, else 0
    std::string message; // lowercase English, no final period ("the disk is full")

    bool ok() const { return error == FileError::None; }
    explicit operator bool() const { return ok(); }
};

// What a path names, from stat() (symbolic links followed).
enum class FileKind {
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other
};

struct AtomicWriteOptions
{
    // Called with the temporary file's path once it is complete and synced, right before it
    // replaces the target. Tests stop the process here to prove the original survives.
    std::function<void(const std::string &tempPath)> beforeRename;
};

// Replaces (or creates) `path` with `bytes`, atomically. A symbolic link is followed: its
// target is replaced and the link stays.
FileStatus writeFileAtomically(const std::string &path,
                               std::string_view bytes,
                               const AtomicWriteOptions &options = {});

// Whether writeFileAtomically() could write `path` now, without writing anything: the folder
// exists and takes new files, and an existing file is a regular file with write permission
// (for root too: a file without any write bit counts as read-only).
FileStatus checkWritable(const std::string &path);

struct ReadFileResult
{
    FileStatus status;
    FileKind kind = FileKind::Missing;
    std::uint64_t size = 0; // from stat(), also when too large
    std::string bytes;
};

// Reads a regular file of at most `maxBytes` bytes. Directories, devices, FIFOs and sockets
// are refused before they are opened (a FIFO is never opened), and so is a file stat() shows
// larger than the limit; a file that grows while being read is refused at the limit.
ReadFileResult readRegularFile(const std::string &path, std::size_t maxBytes = maxPolicyFileBytes);

// What stat() says `path` is.
FileKind fileKind(const std::string &path);

// "a FIFO (named pipe)", "a character device", ... for messages.
std::string_view describeKind(FileKind kind);

} // namespace engine::io
