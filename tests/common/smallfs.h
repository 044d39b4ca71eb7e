// A small, private tmpfs for fault injection: a file system that really runs out of space or
// turns read-only, for the tests of saves (the editor's and `secret-policy format --write`).
// Mounting needs root (as in CI); elsewhere the tests QSKIP with the reason.
//
//   SmallFileSystem fs(64 * 1024);
//   if (!fs.isMounted()) QSKIP(qPrintable(fs.skipReason()));
//   fs.fill();                    // every further write fails with ENOSPC
//   fs.remountReadOnly();         // EROFS
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

namespace testsupport {

class SmallFileSystem
{
public:
    explicit SmallFileSystem(qint64 bytes)
    {
        if (::geteuid() != 0) {
            m_reason = QStringLiteral("mounting a small tmpfs needs root (CI runs the tests as "
                                      "root)");
            return;
        }
        if (!m_dir.isValid()) {
            m_reason = QStringLiteral("no temporary directory");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("tmpfs",
                    QFile::encodeName(m_dir.path()).constData(),
                    "tmpfs",
                    0,
                    options.constData())
            != 0) {
            m_reason = QStringLiteral("cannot mount a tmpfs: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Takes every free block with a filler file (named so that tests can ignore it).
    void fill()
    {
        QFile filler(filePath(QStringLiteral("filler.bin")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        const QByteArray byte(1, 'x');
        while (filler.write(byte) == 1) {
        }
    }

    bool remountReadOnly()
    {
        return ::mount("tmpfs",
                       QFile::encodeName(m_dir.path()).constData(),
                       "tmpfs",
                       MS_REMOUNT | MS_RDONLY,
                       nullptr)
               == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace testsupport
