#include "io/atomicfile.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engine::io {

namespace {

using StatBuf = struct stat;

FileStatus failure(FileError error, int errorNumber, std::string message)
{
    return FileStatus{error, errorNumber, std::move(message)};
}

// The status for an errno from a write-side system call.
FileStatus fromErrno(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return failure(FileError::DiskFull, errorNumber, "the disk is full");
    case EACCES:
    case EPERM:
        return failure(FileError::PermissionDenied, errorNumber, "permission denied");
    case EROFS:
        return failure(FileError::ReadOnlyFileSystem, errorNumber, "the file system is read-only");
    case ENOENT:
    case ENOTDIR:
        return failure(FileError::FolderMissing, errorNumber, "the folder does not exist");
    default:
        break;
    }
    return failure(FileError::Other, errorNumber, std::strerror(errorNumber));
}

std::string folderOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

std::string nameOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file the path finally names: symbolic links resolved when the target exists, so that
// the link survives the rename. A path whose file does not exist yet is used as given.
std::string resolveTarget(const std::string &path)
{
    StatBuf st{};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
        return path;
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) == nullptr)
        return path;
    return resolved;
}

FileKind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Directory;
    if (S_ISFIFO(mode))
        return FileKind::Fifo;
    if (S_ISCHR(mode))
        return FileKind::CharacterDevice;
    if (S_ISBLK(mode))
        return FileKind::BlockDevice;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    return FileKind::Other;
}

FileStatus notRegular(FileKind kind)
{
    return failure(FileError::NotRegularFile,
                   0,
                   "it is " + std::string(describeKind(kind)) + ", not a regular file");
}

bool writeAll(int fd, std::string_view bytes, int &errorNumber)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            errorNumber = errno;
            return false;
        }
        if (n == 0) { // no progress and no error: treat as a full disk rather than spin
            errorNumber = ENOSPC;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Reads the temporary file back and compares it with what we meant to write.
bool sameContent(int fd, std::string_view bytes)
{
    StatBuf st{};
    if (::fstat(fd, &st) != 0 || static_cast<std::uint64_t>(st.st_size) != bytes.size())
        return false;
    char buffer[65536];
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        const std::size_t want = std::min(sizeof buffer, bytes.size() - offset);
        const ssize_t n = ::pread(fd, buffer, want, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || std::memcmp(buffer, bytes.data() + offset, static_cast<std::size_t>(n)) != 0)
            return false;
        offset += static_cast<std::size_t>(n);
    }
    return true;
}

// Creates a new, empty temporary file beside the target: `.NAME.sps-XXXXXX`, created with
// O_EXCL so that it is ours alone.
int createTemporary(const std::string &folder,
                    const std::string &name,
                    mode_t mode,
                    std::string &tempPath,
                    int &errorNumber)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device device;
    std::mt19937 random(device());
    std::uniform_int_distribution<std::size_t> pick(0, sizeof letters - 2);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(6, 'x');
        for (char &c : suffix)
            c = letters[pick(random)];
        tempPath = folder + "/." + name + ".sps-" + suffix;
        const int fd = ::open(tempPath.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST) {
            errorNumber = errno;
            return -1;
        }
    }
    errorNumber = EEXIST;
    return -1;
}

void syncFolder(const std::string &folder)
{
    // Makes the rename itself durable. Best effort: the new file is already in place, and
    // some file systems refuse to sync a directory (EINVAL); nothing is lost either way.
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
}

} // namespace

std::string_view describeKind(FileKind kind)
{
    switch (kind) {
    case FileKind::Missing:
        return "missing";
    case FileKind::Regular:
        return "a regular file";
    case FileKind::Directory:
        return "a folder";
    case FileKind::Fifo:
        return "a FIFO (named pipe)";
    case FileKind::CharacterDevice:
        return "a character device";
    case FileKind::BlockDevice:
        return "a block device";
    case FileKind::Socket:
        return "a socket";
    case FileKind::Other:
        break;
    }
    return "a special file";
}

FileKind fileKind(const std::string &path)
{
    StatBuf st{};
    if (::stat(path.c_str(), &st) != 0)
        return FileKind::Missing;
    return kindOf(st.st_mode);
}

FileStatus checkWritable(const std::string &path)
{
    const std::string target = resolveTarget(path);
    const std::string folder = folderOf(target);
    StatBuf folderStat{};
    if (::stat(folder.c_str(), &folderStat) != 0)
        return fromErrno(errno);
    if (!S_ISDIR(folderStat.st_mode))
        return fromErrno(ENOTDIR);
    StatBuf st{};
    if (::stat(target.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return notRegular(kindOf(st.st_mode));
        if (::access(target.c_str(), W_OK) != 0) {
            const int e = errno;
            if (e == EACCES || e == EPERM)
                return failure(FileError::ReadOnlyFile, e, "the file is read-only");
            return fromErrno(e);
        }
        // access() lets root write anything; a file without a single write bit was still
        // made read-only on purpose.
        if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
            return failure(FileError::ReadOnlyFile, EACCES, "the file is read-only");
    } else if (errno != ENOENT) {
        return fromErrno(errno);
    }
    // The replacement is a new file in the folder: the folder must take new files.
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        const int e = errno;
        if (e == EACCES || e == EPERM)
            return failure(FileError::PermissionDenied,
                           e,
                           "permission denied: the folder does not allow new files");
        return fromErrno(e);
    }
    return {};
}

FileStatus writeFileAtomically(const std::string &path,
                               std::string_view bytes,
                               const AtomicWriteOptions &options)
{
    if (FileStatus writable = checkWritable(path); !writable)
        return writable;
    const std::string target = resolveTarget(path);
    const std::string folder = folderOf(target);

    StatBuf original{};
    const bool exists = ::stat(target.c_str(), &original) == 0;
    // A new file gets 0666 less the umask, as any program's new file; a replacement keeps
    // the original's permissions (applied with fchmod, which the umask does not touch).
    const mode_t createMode = exists ? (S_IRUSR | S_IWUSR) : 0666;

    std::string tempPath;
    int errorNumber = 0;
    const int fd = createTemporary(folder, nameOf(target), createMode, tempPath, errorNumber);
    if (fd < 0)
        return fromErrno(errorNumber);

    const auto fail = [&](FileStatus status) {
        ::close(fd);
        ::unlink(tempPath.c_str());
        return status;
    };
    if (exists) {
        if (::fchmod(fd, original.st_mode & 07777) != 0)
            return fail(fromErrno(errno));
        // Keep the owner and group when we may (root editing someone's file); otherwise the
        // file becomes ours, as with any editor that saves by rename.
        if (original.st_uid != ::geteuid() || original.st_gid != ::getegid())
            (void)::fchown(fd, original.st_uid, original.st_gid);
    }
    if (!writeAll(fd, bytes, errorNumber))
        return fail(fromErrno(errorNumber));
    // Delayed allocation and network file systems report a full disk only here.
    if (::fsync(fd) != 0)
        return fail(fromErrno(errno));
    if (!sameContent(fd, bytes))
        return fail(failure(
            FileError::Other, 0, "the written file reads back differently (a failing disk?)"));
    const int closed = ::close(fd);
    if (closed != 0) {
        const int e = errno;
        ::unlink(tempPath.c_str());
        return fromErrno(e);
    }
    if (options.beforeRename)
        options.beforeRename(tempPath);
    if (::rename(tempPath.c_str(), target.c_str()) != 0) {
        const int e = errno;
        ::unlink(tempPath.c_str());
        return fromErrno(e);
    }
    syncFolder(folder);
    return {};
}

ReadFileResult readRegularFile(const std::string &path, std::size_t maxBytes)
{
    ReadFileResult result;
    StatBuf st{};
    if (::stat(path.c_str(), &st) != 0) {
        const int e = errno;
        result.kind = FileKind::Missing;
        result.status = e == ENOENT ? failure(FileError::NotFound, e, "the file does not exist")
                                    : fromErrno(e);
        return result;
    }
    result.kind = kindOf(st.st_mode);
    if (result.kind != FileKind::Regular) {
        result.status = notRegular(result.kind);
        return result;
    }
    result.size = static_cast<std::uint64_t>(st.st_size);
    const auto tooLarge = [&] {
        result.bytes.clear();
        result.bytes.shrink_to_fit();
        result.status = failure(FileError::TooLarge,
                                0,
                                "the file is larger than "
                                    + std::to_string(maxBytes / (1024 * 1024)) + " MB");
        return result;
    };
    if (result.size > maxBytes)
        return tooLarge();
    // O_NONBLOCK: if the file was swapped for a FIFO since stat(), open() must not wait for
    // a writer; fstat() below catches the swap.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        result.status = fromErrno(errno);
        return result;
    }
    StatBuf opened{};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        result.kind = S_ISREG(opened.st_mode) ? FileKind::Other : kindOf(opened.st_mode);
        ::close(fd);
        result.status = notRegular(result.kind);
        return result;
    }
    result.bytes.reserve(static_cast<std::size_t>(opened.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            result.bytes.clear();
            result.status = fromErrno(e);
            return result;
        }
        if (n == 0)
            break;
        if (result.bytes.size() + static_cast<std::size_t>(n) > maxBytes) {
            ::close(fd);
            return tooLarge();
        }
        result.bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return result;
}

} // namespace engine::io
