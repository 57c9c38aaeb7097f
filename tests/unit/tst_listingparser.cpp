#include "protocol/listingparser.h"
#include "protocol/listingparserstream.h"
#include "protocol/listingtimezone.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>

using Ferry::PathEncoding;
using Ferry::RemoteEntry;
namespace ListingParser = Ferry::ListingParser;

namespace {

constexpr int F = int(RemoteEntry::Type::File);
constexpr int D = int(RemoteEntry::Type::Directory);
constexpr int L = int(RemoteEntry::Type::Symlink);
constexpr int O = int(RemoteEntry::Type::Other);

// All year inference in the tables below is relative to this moment.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
}

QString minutes(const QDateTime& dt)
{
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString seconds(const QDateTime& dt)
{
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void resetTimeZone()
{
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
}

// Sets the process's time zone for the lifetime of the object (glibc and Qt both read TZ).
class ZoneOverride
{
    Q_DISABLE_COPY_MOVE(ZoneOverride)

public:
    explicit ZoneOverride(const QByteArray& zone)
        : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        resetTimeZone();
    }
    ~ZoneOverride()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        resetTimeZone();
    }

private:
    bool m_had;
    QByteArray m_old;
};

QStringList names(const QList<RemoteEntry>& entries)
{
    QStringList out;
    for (const RemoteEntry& e : entries)
        out.append(e.name);
    return out;
}

void row(const char* tag, const QByteArray& line, const char* name, int type, qint64 size, const char* date,
         const char* target = "")
{
    QTest::newRow(tag) << line << QString::fromUtf8(name) << type << size << QString::fromLatin1(date)
                       << QString::fromUtf8(target);
}

} // namespace

class TestListingParser : public QObject
{
    Q_OBJECT

private slots:
    void listLine_data();
    void listLine();
    void ownerGroupPermissions_data();
    void ownerGroupPermissions();
    void secondsAndTimeSpec();
    void skippedAndUnparsed_data();
    void skippedAndUnparsed();
    void wholeListing();
    void netxSubfolderListing();
    void lineEndings();
    void yearInference_data();
    void yearInference();
    void encodings();
    void mlsd_data();
    void mlsd();
    void mlsdListing();
    void nameList_data();
    void nameList();
    void timeVal_data();
    void timeVal();
    void robustness();
    void localTimeZone_data();
    void localTimeZone();
    void streamMatchesWholeBuffer_data();
    void streamMatchesWholeBuffer();
    void streamOverlongLine();
    void sharedStrings();
    void mlsdFactsKeptOnce();
};

// ---------------------------------------------------------------------------------------------------
// LIST lines. Unless marked "format of", each line was captured from a real server, taken from public
// test suites and bug reports (Chromium's and FileZilla's listing parser tests, Apache Commons Net,
// jsftp, node-ftp, pyftpdlib) or, for NetX Duo, from board-servers.md.
// ---------------------------------------------------------------------------------------------------
void TestListingParser::listLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("target");

    // NetX Duo (board-servers.md): upper-case month, no year.
    row("netx file", "-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt", "test.txt", F, 28,
        "2024-04-02 08:05");
    row("netx folder", "drw-rw-rw-  1 owner group          0 FEB 10 09:00 logs", "logs", D, 0,
        "2024-02-10 09:00");
    row("netx format: read-only, later month is last year",
        "-r--r--r--  1 owner group       1024 DEC 31 23:59 readonly.bin", "readonly.bin", F, 1024,
        "2023-12-31 23:59");
    row("netx format: name with spaces", "-rw-rw-rw-  1 owner group     123456 JUN 15 11:59 my log file.txt",
        "my log file.txt", F, 123456, "2024-06-15 11:59");

    // vsftpd (zero-padded day), including vsftpd 2.3.4 on Metasploitable
    row("vsftpd readme", "-rw-r--r--    1 ftp      ftp           528 Nov 01  2007 README", "README", F, 528,
        "2007-11-01 00:00");
    row("vsftpd dir with time", "drwxr-xr-x    3 ftp      ftp          4096 May 15 18:11 directory",
        "directory", D, 4096, "2024-05-15 18:11");
    row("vsftpd numeric ids", "drwxr-xr-x    6 1000     1000         4096 Apr 28  2010 vulnerable",
        "vulnerable", D, 4096, "2010-04-28 00:00");
    row("vsftpd setgid dir", "drwxrwsr-x    4 501      501          4096 Feb 20  2007 pub", "pub", D, 4096,
        "2007-02-20 00:00");

    // ProFTPD
    row("proftpd stat file", "-rw-r-----   1 user group         0 Aug 22 03:45 test1", "test1", F, 0,
        "2023-08-22 03:45");
    row("proftpd path in name (LIST dir)",
        "drwxrwsr-x   2 1005     705          4096 Feb  4 09:20 gcrypt/gnutls/v2.12", "v2.12", D, 4096,
        "2024-02-04 09:20");

    // A shared host (jsftp capture)
    row("shared host dotfile", "-rw-r--r--   1 mrclash  pg223090      260 Mar 25  2008 .alias", ".alias", F,
        260, "2008-03-25 00:00");
    row("shared host name ends with dot",
        "-rw-r--r--   1 mrclash  pg223090       18 Aug  8 13:06 Cloud9 FTP connection test.",
        "Cloud9 FTP connection test.", F, 18, "2023-08-08 13:06");
    row("shared host big file", "-rwxr-xr-x   1 mrclash  pg223090 68491314 Jan 22  2009 Documents.zip",
        "Documents.zip", F, 68491314, "2009-01-22 00:00");
    row("shared host logs", "dr-xr-x---   7 mrclash  dhapache     4096 May 29 07:47 logs", "logs", D, 4096,
        "2024-05-29 07:47");
    row("macos symlink", "lrwxr-xr-x    1 sergi  staff      11 Jul  7  2011 .vimrc -> .vim/.vimrc", ".vimrc",
        L, 11, "2011-07-07 00:00", ".vim/.vimrc");

    // sidads.colorado.edu (node-ftp issue): ACL '+', no group column, numeric owner
    row("acl, no group", "-rw-------+   1 9469            0 May  6  2011 .Xauthority", ".Xauthority", F, 0,
        "2011-05-06 00:00");
    row("no group symlink", "lrwxrwxrwx    1 0              12 Oct 20  2010 DATASETS -> pub/DATASETS",
        "DATASETS", L, 12, "2010-10-20 00:00", "pub/DATASETS");
    row("no permissions at all", "----------+   1 0               0 Mar  1  2001 .notar", ".notar", F, 0,
        "2001-03-01 00:00");
    row("no group, time", "drwxrwx---    4 9450            8 Mar 31 13:08 ftp_reports", "ftp_reports", D, 8,
        "2024-03-31 13:08");

    // Assorted UNIX servers from Chromium's tests
    row("symlink, single spaces", "lrwxrwxrwx 1 0  0 26 Sep 18 2008 pub -> vol/1/.CLUSTER/var_ftp/pub", "pub",
        L, 26, "2008-09-18 00:00", "vol/1/.CLUSTER/var_ftp/pub");
    row("symlink, recent", "lrwxrwxrwx 1 0  0 3 Oct 12 13:37 mirror -> pub", "mirror", L, 3,
        "2023-10-12 13:37", "pub");
    row("symlink without arrow", "lrwxrwxrwx 1 0  0 26 Sep 18 2008 pub", "pub", L, 26, "2008-09-18 00:00");
    row("unknown owner (?)", "drwxr-xr-x   4 (?)      (?)          4096 Apr  8  2007 jigdo", "jigdo", D, 4096,
        "2007-04-08 00:00");
    row("sticky dir", "drwx-wx-wt  2 root  wheel  512 Jul  1 02:15 incoming", "incoming", D, 512,
        "2023-07-01 02:15");
    row("numeric owner and group", "-rw-r--r-- 1 2 3 3447432 May 18  2009 Foo - Manual.pdf",
        "Foo - Manual.pdf", F, 3447432, "2009-05-18 00:00");
    row("acl on sticky dir", "d-wx-wx-wt+  4 ftp      989          512 Dec  8 15:54 incoming", "incoming", D,
        512, "2023-12-08 15:54");
    row("one-digit hour", "drwxrwxrwx   1 owner    group               1024 Sep 13  0:30 audio", "audio", D,
        1024, "2023-09-13 00:30");
    row("negative size", "-rw-r--r--    1 ftp      ftp           -528 Nov 01  2007 README", "README", F, -1,
        "2007-11-01 00:00");
    row("wu-ftpd no group", "drwxr-xr-x   2 sys          512 Mar 27  2009 pub", "pub", D, 512,
        "2009-03-27 00:00");
    row("wu-ftpd symlink no links", "lrwxrwxrwx 0  0 26 Sep 18 2008 pub -> vol/1/.CLUSTER/var_ftp/pub", "pub",
        L, 26, "2008-09-18 00:00", "vol/1/.CLUSTER/var_ftp/pub");
    row("wu-ftpd no link count", "drwxr-xr-x   (?)      (?)          4096 Apr  8  2007 jigdo", "jigdo", D,
        4096, "2007-04-08 00:00");
    row("wu-ftpd numeric", "-rw-r--r-- 2 3 3447432 May 18  2009 Foo - Manual.pdf", "Foo - Manual.pdf", F,
        3447432, "2009-05-18 00:00");
    row("os/2 ftpserver file", "-r--r--r--  1 ftp      -A---       13274 Mar  1  2006 UpTime.exe",
        "UpTime.exe", F, 13274, "2006-03-01 00:00");
    row("os/2 ftpserver dir", "dr--r--r--  1 ftp      -----           0 Nov 17 17:08 kernels", "kernels", D,
        0, "2023-11-17 17:08");
    row("xplain server", "drwxr-xr-x               folder        0 Jul 17  2006 online", "online", D, 0,
        "2006-07-17 00:00");
    row("link count glued to permissions", "drwxr-xr-x1732 266      111        90112 Jun 21  2001 .rda_2",
        ".rda_2", D, 90112, "2001-06-21 00:00");
    row("group with a space", "drwxrwxr-x   3 %%%%     Domain Users     4096 Dec  9  2009 %%%%%", "%%%%%", D,
        4096, "2009-12-09 00:00");
    row("plan 9 append-only", "ar-xr-xr-x   2 none     none         512 Apr 26 17:52 plan9", "plan9", F, 512,
        "2024-04-26 17:52");
    row("hylafax short permissions", "drwxrwx   2       10     4096 Jul 28 02:41 tmp", "tmp", D, 4096,
        "2023-07-28 02:41");
    row("iso date dir", "drwxrwxrwx 2 root root  4096 2012-02-07 00:31 notas_servico", "notas_servico", D,
        4096, "2012-02-07 00:31");
    row("iso date file", "-rwxrwxrwx 2 root root  4096 2012-02-07 00:31 notas_servico", "notas_servico", F,
        4096, "2012-02-07 00:31");
    row("locking bit", "drwx--l---   2 0        10           512 Dec 22  1994 swetzel", "swetzel", D, 512,
        "1994-12-22 00:00");

    // Solaris and other UNIX dialects from FileZilla's tests
    row("solaris dir", "dr-xr-xr-x   2 root     other        512 Apr  8  1994 01-unix-std dir",
        "01-unix-std dir", D, 512, "1994-04-08 00:00");
    row("solaris no group", "dr-xr-xr-x   2 root                  512 Apr  8  1994 03-unix-nogroup dir",
        "03-unix-nogroup dir", D, 512, "1994-04-08 00:00");
    row("solaris symlink",
        "lrwxrwxrwx   1 root     other          7 Jan 25 00:17 04-unix-std link -> usr/bin",
        "04-unix-std link", L, 7, "2024-01-25 00:17", "usr/bin");
    row("iso date, name with space",
        "-rw-r--r--   1 root     other        531 2005-06-07 21:22 07-unix-date file", "07-unix-date file", F,
        531, "2005-06-07 21:22");
    row("windows domain group", "-rw-r--r--   1 group domain user 531 Jan 29 03:26 13-unix-domain file",
        "13-unix-domain file", F, 531, "2024-01-29 03:26");
    row("vshell comma date", "-rwxr-xr-x    1 user group        9 Oct 08, 2002 09:47 23-vshell-new file",
        "23-vshell-new file", F, 9, "2002-10-08 09:47");
    row("slashed iso date", "-r-xr-xr-x   2 root     other      2235 1999/10/12 17:12 30-datetest file",
        "30-datetest file", F, 2235, "1999-10-12 17:12");
    row("day before month", "drwxr-xr-x 3 user group 512 01 oct 2004 52-swapped-daymonth dir",
        "52-swapped-daymonth dir", D, 512, "2004-10-01 00:00");
    row("day before month with time", "drwxrwxrwx   1 0        0               0 29 Jul 02:27 2014 Invoices",
        "2014 Invoices", D, 0, "2023-07-29 02:27");
    row("24:00 is next midnight",
        "-rw-------      1  99999999 0              3 Apr   4 24:00 alternate_midnight", "alternate_midnight",
        F, 3, "2024-04-05 00:00");

    // NetWare (FileZilla's tests): name padded with several spaces
    row("netware dir", "d [R----F--] supervisor            512       Jan 16 18:53    09-netware dir",
        "09-netware dir", D, 512, "2024-01-16 18:53");
    row("netware file", "- [R----F--] rhesus             214059       Oct 20 15:27    10-netware file",
        "10-netware file", F, 214059, "2023-10-20 15:27");

    // Apache Commons Net tests
    row("commons gz", "-rw-r--r--   1 500      500            21 Aug  8 14:14 JB3-TES1.gz", "JB3-TES1.gz", F,
        21, "2023-08-08 14:14");
    row("sticky T", "-rw-r--r-T   1 500      500             0 Mar 25 08:20 testSticky", "testSticky", F, 0,
        "2024-03-25 08:20");
    row("setuid S", "-rwSr-Sr--   1 500      500             0 Mar 25 08:22 testSuid", "testSuid", F, 0,
        "2024-03-25 08:22");
    row("setuid s, one-digit hour", "-rwsr-sr--   1 500      500             0 Mar 25 0:23 testSuidExec2",
        "testSuidExec2", F, 0, "2024-03-25 00:23");
    row("acl dir", "drwxrwx---+ 23 500     500    0 Jan 10 13:09 testACL", "testACL", D, 0,
        "2024-01-10 13:09");
    row("owner only", "-rw-r--r--   1 1        3518644 May 25 12:12 std", "std", F, 3518644,
        "2024-05-25 12:12");
    row("relative symlink",
        "lrwxrwxrwx   1 neeme neeme             23 Mar  2 18:06 macros -> ./../../global/macros/.", "macros",
        L, 23, "2024-03-02 18:06", "./../../global/macros/.");
    row("cygwin group with many spaces",
        "-rw-r--r--   1 ftp      group with spaces in it as allowed in cygwin see bug 38634   83853 Jan 22  "
        "2001 "
        "zxJDBC-1.2.4.tar.gz",
        "zxJDBC-1.2.4.tar.gz", F, 83853, "2001-01-22 00:00");
    row("freebsd device", "crw-r----- 1 root kmem 0, 27 Jan 30 11:42 kmem", "kmem", O, -1,
        "2024-01-30 11:42");
    row("solaris device", "crw-------   1 root     sys      109,767 Jul  2  2004 pci@1c,600000:devctl",
        "pci@1c,600000:devctl", O, -1, "2004-07-02 00:00");
    row("name with digits and spaces",
        "-rwxrwx---   1 ftp      ftp-admin 816026400 Oct  5  2008 bloplab 7 cd1.img", "bloplab 7 cd1.img", F,
        816026400, "2008-10-05 00:00");
    row("single-space columns", "drwx------ 4 maxm Domain Users 512 Oct 2 10:59 .metadata", ".metadata", D,
        512, "2023-10-02 10:59");
    row("trailing spaces kept", "drwxr-xr-x   2 john smith     group         4096 Mar  2 15:13 zxbox     ",
        "zxbox     ", D, 4096, "2024-03-02 15:13");
    row("acl glued to link count", "drwxr-x---+1464 chrism   chrism     41472 Feb 25 13:17 20090225",
        "20090225", D, 41472, "2024-02-25 13:17");
    row("year inside name", "-rw-r--r--   1 ftpuser  ftpusers 12414535 Mar 17 11:07 test 1999 abc.pdf",
        "test 1999 abc.pdf", F, 12414535, "2024-03-17 11:07");
    row("numbers inside name", "-rw-rw-rw-   1 user group 5840 Mar 19 09:34 123 456 abc.csv",
        "123 456 abc.csv", F, 5840, "2024-03-19 09:34");
    row("size over 4 GiB", "-rwxr-xr-x   2 user     my group 500        5000000000 Mar  2 15:13 zxbox",
        "zxbox", F, Q_INT64_C(5000000000), "2024-03-02 15:13");
    row("iso date services", "-rw-r-----   1 neeme neeme   346 2005-04-08 11:22 services.vsp", "services.vsp",
        F, 346, "2005-04-08 11:22");
    row("iso date symlink",
        "lrwxrwxrwx   1 neeme neeme    23 2005-03-02 18:06 macros -> ./../../global/macros/.", "macros", L,
        23, "2005-03-02 18:06", "./../../global/macros/.");

    // pyftpdlib (its documented output)
    row("pyftpdlib file", "-rw-rw-rw-   1 owner   group    7045120 Sep 02  3:47 music.mp3", "music.mp3", F,
        7045120, "2023-09-02 03:47");
    row("pyftpdlib dir", "drwxrwxrwx   1 owner   group          0 Aug 31 18:50 e-books", "e-books", D, 0,
        "2023-08-31 18:50");

    // VitaShell (captured in a bug report): single spaces
    row("vitashell", "drwxr-xr-x 1 vita vita 131072 Jan 1  2000 ux0:", "ux0:", D, 131072, "2000-01-01 00:00");

    // DOS / IIS
    row("iis dir pm", "11-02-09  05:32PM       <DIR>          NT", "NT", D, -1, "2009-11-02 17:32");
    row("iis file pm", "01-06-09  02:42PM                  458 Readme.txt", "Readme.txt", F, 458,
        "2009-01-06 14:42");
    row("iis file am", "01-06-09  02:42AM                  1 Readme.txt", "Readme.txt", F, 1,
        "2009-01-06 02:42");
    row("iis year 00", "01-06-00  02:42AM                  458 Corner1.txt", "Corner1.txt", F, 458,
        "2000-01-06 02:42");
    row("iis year 99", "01-06-99  02:42AM                  458 Corner2.txt", "Corner2.txt", F, 458,
        "1999-01-06 02:42");
    row("iis four-digit year", "01-06-1979  02:42AM                458 Readme.txt", "Readme.txt", F, 458,
        "1979-01-06 02:42");
    row("iis dir with space", "11-02-09  05:32PM       <DIR>          My Directory", "My Directory", D, -1,
        "2009-11-02 17:32");
    row("iis midnight", "12-25-10  12:00AM       <DIR>          Christmas Midnight", "Christmas Midnight", D,
        -1, "2010-12-25 00:00");
    row("iis midday", "12-25-10  12:00PM       <DIR>          Christmas Midday", "Christmas Midday", D, -1,
        "2010-12-25 12:00");
    row("ftp.microsoft.com dir", "04-27-00  09:09PM       <DIR>          licensed", "licensed", D, -1,
        "2000-04-27 21:09");
    row("ftp.microsoft.com pub", "11-18-03  10:16AM       <DIR>          pub", "pub", D, -1,
        "2003-11-18 10:16");
    row("ftp.microsoft.com file", "04-14-99  03:47PM                  589 readme.htm", "readme.htm", F, 589,
        "1999-04-14 15:47");
    row("dos noon dir", "04-27-00  12:09PM       <DIR>          16-dos-dateambiguous dir",
        "16-dos-dateambiguous dir", D, -1, "2000-04-27 12:09");
    row("dos pm file", "04-06-00  03:47PM                  589 17-dos-dateambiguous file",
        "17-dos-dateambiguous file", F, 589, "2000-04-06 15:47");
    row("dos iso date dir", "2002-09-02  18:48       <DIR>          18-dos-longyear dir",
        "18-dos-longyear dir", D, -1, "2002-09-02 18:48");
    row("dos thousands separator", "2002-09-02  19:06                9,730 19-dos-longyear file",
        "19-dos-longyear file", F, 9730, "2002-09-02 19:06");

    // EPLF (FileZilla's tests and the examples of https://cr.yp.to/ftp/list/eplf.html)
    row("eplf file", "+i8388621.48594,m825718503,r,s280,up755\t14-eplf file", "14-eplf file", F, 280,
        "1996-03-01 22:15");
    row("eplf dir", "+i8388621.50690,m824255907,/,\t15-eplf dir", "15-eplf dir", D, -1, "1996-02-13 23:58");
    row("eplf spec dir", "+i8388621.29609,m824255902,/,\tdev", "dev", D, -1, "1996-02-13 23:58");
    row("eplf spec file", "+i8388621.44468,m839956783,r,s10376,\tRFCEPLF", "RFCEPLF", F, 10376,
        "1996-08-13 17:19");

    // Format of other servers' output (not captured lines): the brief's own examples and the layouts of
    // BusyBox, FileZilla Server, Pure-FTPd, IIS in UNIX mode, GNU/BSD ls options.
    row("format of: device (brief)", "crw-rw---- 1 root tty 4, 1 Jan 1 12:00 tty1", "tty1", O, -1,
        "2024-01-01 12:00");
    row("format of: busybox device", "crw-rw----    1 root     tty         4,   1 Jan  1 12:00 tty1", "tty1",
        O, -1, "2024-01-01 12:00");
    row("format of: busybox file", "-rw-r--r--    1 root     root         12345 Jan  1 00:00 busybox.conf",
        "busybox.conf", F, 12345, "2024-01-01 00:00");
    row("format of: block device", "brw-rw----    1 root     disk        8,   0 Jun  1 09:00 sda", "sda", O,
        -1, "2024-06-01 09:00");
    row("format of: socket", "srwxrwxrwx 1 mysql mysql 0 Jun 10 10:00 mysql.sock", "mysql.sock", O, 0,
        "2024-06-10 10:00");
    row("format of: fifo", "prw-r--r-- 1 root root 0 Jun 10 10:00 initctl", "initctl", O, 0,
        "2024-06-10 10:00");
    row("format of: filezilla server dir", "drwxr-xr-x 1 ftp ftp              0 Jan 16 21:15 My Folder",
        "My Folder", D, 0, "2024-01-16 21:15");
    row("format of: filezilla server file", "-rw-r--r-- 1 ftp ftp         123456 Mar 03  2015 file.txt",
        "file.txt", F, 123456, "2015-03-03 00:00");
    row("format of: pure-ftpd, tomorrow within a day",
        "-rw-r--r--    1 1000       1000            12345 Jun 16 08:05 tomorrow.txt", "tomorrow.txt", F,
        12345, "2024-06-16 08:05");
    row("format of: iis unix mode", "d---------   1 owner    group                 0 Jan 16  2019 iis dir",
        "iis dir", D, 0, "2019-01-16 00:00");
    row("format of: ls --full-time",
        "-rw-r--r-- 1 user user 1234 2019-01-12 08:05:23.000000000 +0100 full time.txt", "full time.txt", F,
        1234, "2019-01-12 08:05");
    row("format of: bsd ls -lT", "-rw-r--r--  1 user  staff  1234 Jan 12 08:05:23 2019 bsd-T.txt",
        "bsd-T.txt", F, 1234, "2019-01-12 08:05");
    row("format of: lower-case month", "-rw-r--r-- 1 user group 10 jan 12  2019 lower.txt", "lower.txt", F,
        10, "2019-01-12 00:00");
    row("format of: mixed-case month", "-rw-r--r-- 1 user group 10 aPr 02 08:05 mixed.txt", "mixed.txt", F,
        10, "2024-04-02 08:05");
    row("format of: leading space in name", "-rw-r--r-- 1 user group 10 Jan 12  2019  leading space",
        " leading space", F, 10, "2019-01-12 00:00");
    row("format of: inner spaces kept", "-rw-r--r-- 1 user group 10 Jan 12 08:05 two  inner   spaces",
        "two  inner   spaces", F, 10, "2024-01-12 08:05");
    row("format of: symlink with spaces",
        "lrwxrwxrwx 1 user group 12 Jan 12  2019 my link -> target dir/file", "my link", L, 12,
        "2019-01-12 00:00", "target dir/file");
    row("format of: selinux dot", "-rw-r--r--. 1 root root 0 Jun  1 09:00 selinux.txt", "selinux.txt", F, 0,
        "2024-06-01 09:00");
    row("format of: macos xattr @", "-rw-r--r--@ 1 user  staff  6148 Jun  1 09:00 .DS_Store", ".DS_Store", F,
        6148, "2024-06-01 09:00");
    row("format of: utf-8 name",
        "-rw-r--r-- 1 user group 10 Jan 12  2019 \xc3\x9c"
        "berweisung M\xc3\xa4rz.pdf",
        "\xc3\x9c"
        "berweisung M\xc3\xa4rz.pdf",
        F, 10, "2019-01-12 00:00");
    row("format of: utf-8 cjk name", "-rw-r--r-- 1 user group 10 Jan 12  2019 \xe6\x97\xa5\xe6\x9c\xac.txt",
        "\xe6\x97\xa5\xe6\x9c\xac.txt", F, 10, "2019-01-12 00:00");
    row("format of: latin-1 name",
        "-rw-r--r-- 1 user group 10 Jan 12  2019 \xdc"
        "berweisung M\xe4rz.pdf",
        "\xc3\x9c"
        "berweisung M\xc3\xa4rz.pdf",
        F, 10, "2019-01-12 00:00");
    row("format of: dos 24h file", "01-16-2019  21:15             1234 file.txt", "file.txt", F, 1234,
        "2019-01-16 21:15");
    row("format of: dos 24h dir", "01-16-19  21:15       <DIR>          My Folder", "My Folder", D, -1,
        "2019-01-16 21:15");
    row("format of: iis (brief) dir", "01-16-19  09:15PM       <DIR>          My Folder", "My Folder", D, -1,
        "2019-01-16 21:15");
    row("format of: iis (brief) file", "01-16-2019  09:15PM             1234 file.txt", "file.txt", F, 1234,
        "2019-01-16 21:15");
}

void TestListingParser::listLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(qint64, size);
    QFETCH(QString, date);
    QFETCH(QString, target);

    const std::optional<RemoteEntry> e = ListingParser::parseListLine(line, fixedNow());
    QVERIFY2(e.has_value(), line.constData());
    QCOMPARE(e->name, name);
    QCOMPARE(int(e->type), type);
    QCOMPARE(e->size, size);
    QCOMPARE(minutes(e->modified), date);
    QCOMPARE(e->linkTarget, target);
    QVERIFY(!e->rawName().isEmpty());
    QVERIFY(!e->name.contains(QLatin1Char('/')));

    // The same line inside a listing, with a CRLF, gives the same entry.
    const Ferry::ListingResult all = ListingParser::parseList(line + "\r\n", fixedNow());
    QCOMPARE(all.entries.size(), 1);
    QVERIFY(all.unparsedLines.isEmpty());
    QCOMPARE(all.entries.first().name, name);
    QCOMPARE(all.entries.first().modified, e->modified);
}

void TestListingParser::ownerGroupPermissions_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("permissions");

    auto add = [](const char* tag, const char* line, const char* owner, const char* group,
                  const char* perms) {
        QTest::newRow(tag) << QByteArray(line) << QString::fromUtf8(owner) << QString::fromUtf8(group)
                           << QString::fromUtf8(perms);
    };
    add("netx", "-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt", "owner", "group", "rw-rw-rw-");
    add("vsftpd", "-rw-r--r--    1 ftp      ftp           528 Nov 01  2007 README", "ftp", "ftp",
        "rw-r--r--");
    add("group with space", "drwxrwxr-x   3 %%%%     Domain Users     4096 Dec  9  2009 %%%%%", "%%%%",
        "Domain Users", "rwxrwxr-x");
    add("no group", "drwxr-xr-x   2 sys          512 Mar 27  2009 pub", "sys", "", "rwxr-xr-x");
    add("glued link count", "drwxr-xr-x1732 266      111        90112 Jun 21  2001 .rda_2", "266", "111",
        "rwxr-xr-x");
    add("acl", "d-wx-wx-wt+  4 ftp      989          512 Dec  8 15:54 incoming", "ftp", "989", "-wx-wx-wt");
    add("device", "crw-r----- 1 root kmem 0, 27 Jan 30 11:42 kmem", "root", "kmem", "rw-r-----");
    add("numeric owner, no group", "-rw-------+   1 9469            0 May  6  2011 .Xauthority", "9469", "",
        "rw-------");
    add("netware", "d [R----F--] supervisor            512       Jan 16 18:53    09-netware dir",
        "supervisor", "", "[R----F--]");
    add("hylafax", "drwxrwx   2       10     4096 Jul 28 02:41 tmp", "10", "", "rwxrwx");
    add("cygwin group",
        "-rw-r--r--   1 ftp      group with spaces in it as allowed in cygwin see bug 38634   83853 Jan 22  "
        "2001 "
        "zxJDBC-1.2.4.tar.gz",
        "ftp", "group with spaces in it as allowed in cygwin see bug 38634", "rw-r--r--");
    add("group ending in a number",
        "-rwxr-xr-x   2 user     my group 500        5000000000 Mar  2 15:13 zxbox", "user", "my group 500",
        "rwxr-xr-x");
    add("eplf", "+i8388621.48594,m825718503,r,s280,up755\t14-eplf file", "", "", "755");
    add("dos", "01-06-09  02:42PM                  458 Readme.txt", "", "", "");
}

void TestListingParser::ownerGroupPermissions()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, owner);
    QFETCH(QString, group);
    QFETCH(QString, permissions);
    const std::optional<RemoteEntry> e = ListingParser::parseListLine(line, fixedNow());
    QVERIFY(e);
    QCOMPARE(e->owner, owner);
    QCOMPARE(e->group, group);
    QCOMPARE(e->permissions, permissions);
}

void TestListingParser::secondsAndTimeSpec()
{
    const QDateTime now = fixedNow();
    auto parse = [&now](const char* line) {
        return ListingParser::parseListLine(QByteArray(line), now);
    };

    const auto plain = parse("-rw-r--r-- 1 u g 1 Jan 12 08:05 a");
    QVERIFY(plain && !plain->timeHasSeconds);
    QCOMPARE(plain->modified.timeSpec(), Qt::UTC); // the spec of `now`

    const auto bsd = parse("-rw-r--r--  1 user  staff  1234 Jan 12 08:05:23 2019 bsd-T.txt");
    QVERIFY(bsd && bsd->timeHasSeconds);
    QCOMPARE(seconds(bsd->modified), QStringLiteral("2019-01-12 08:05:23"));

    const auto full = parse("-rw-r--r-- 1 user user 1234 2019-01-12 08:05:23.000000000 +0100 f");
    QVERIFY(full && full->timeHasSeconds);
    QCOMPARE(full->modified.offsetFromUtc(), 3600);
    QCOMPARE(full->modified.toUTC(), QDateTime(QDate(2019, 1, 12), QTime(7, 5, 23), Qt::UTC));

    const auto eplf = parse("+i8388621.48594,m825718503,r,s280,up755\tf");
    QVERIFY(eplf && eplf->timeHasSeconds);
    QCOMPARE(eplf->modified, QDateTime::fromSecsSinceEpoch(825718503, Qt::UTC));

    // A local `now` reads listed times as local wall-clock times. They are kept as the same instant in
    // UTC: a Qt::LocalTime QDateTime asks the C library for its offset (a stat of /etc/localtime) each
    // time it is compared, sorted or printed. localTimeZone() checks the instants in zones with
    // daylight-saving time. An offset `now` gives that offset.
    const QDateTime localNow(QDate(2024, 6, 15), QTime(12, 0), Qt::LocalTime);
    const auto local = ListingParser::parseListLine("-rw-r--r-- 1 u g 1 Jan 12  2019 a", localNow);
    QVERIFY(local);
    QCOMPARE(local->modified.timeSpec(), Qt::UTC);
    QCOMPARE(local->modified, QDateTime(QDate(2019, 1, 12), QTime(0, 0), Qt::LocalTime));
    QCOMPARE(minutes(local->modified.toLocalTime()), QStringLiteral("2019-01-12 00:00"));
    const QDateTime offsetNow(QDate(2024, 6, 15), QTime(12, 0), Qt::OffsetFromUTC, -5 * 3600);
    const auto offset = ListingParser::parseListLine("01-06-09  02:42PM  458 Readme.txt", offsetNow);
    QVERIFY(offset);
    QCOMPARE(offset->modified.offsetFromUtc(), -5 * 3600);
    QCOMPARE(minutes(offset->modified), QStringLiteral("2009-01-06 14:42"));
}

void TestListingParser::skippedAndUnparsed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("reported"); // false: silently skipped

    auto skipped = [](const char* tag, const QByteArray& line) {
        QTest::newRow(tag) << line << false;
    };
    auto unparsed = [](const char* tag, const QByteArray& line) {
        QTest::newRow(tag) << line << true;
    };

    skipped("total", "total 12");
    skipped("total 0", "total 0");
    skipped("Total capitalised", "Total 4096");
    skipped("empty", "");
    skipped("blank", "   \t ");
    skipped("dot", "drwx--x---  10 mrclash  adm          4096 Aug  9 14:48 .");
    skipped("dot dot", "drwx--x---  10 mrclash  adm          4096 Aug  9 14:48 ..");
    skipped("netx dot", "drw-rw-rw-  1 owner group          0 JAN 01 00:00 .");
    skipped("netx dot dot", "drw-rw-rw-  1 owner group          0 JAN 01 00:00 ..");
    skipped("dos dot", "01-06-09  02:42PM       <DIR>          .");
    skipped("eplf dot dot", "+/,\t..");

    unparsed("ftpd error", "ftpd: .: Permission denied");
    unparsed("ls error", "ls: .: EDC5111I Permission denied.");
    unparsed("garbage", "garbage");
    unparsed("bad month", "-rw-r--r-- 1 ftp ftp 528 Foo 01 2007 README");
    unparsed("misspelt month", "drwxr-xr-x   2 root     root         4096 Jam  4 00:03 zziplib");
    unparsed("hour 30", "drwxr-xr-x   2 root     99           4096 Feb 23 30:01 zzplayer");
    unparsed("day 36", "drwxr-xr-x   2 root     root         4096 Aug 36  2001 zztpp");
    unparsed("no year or time", "-rw-r--r--   1 14       staff       80284 Aug 22  zxJDBC-1.2.3.tar.gz");
    unparsed("size with colon", "-rw-r--r--   1 14       staff      119:26 Aug 22  2000 zxJDBC-1.2.3.zip");
    unparsed("minute 79", "-rw-r--r--   1 root     root       111325 Apr -7 18:79 zxJDBC-2.0.1b1.tar.gz");
    unparsed("unknown type", "zrwxr-xr-x   2 root     root         4096 Mar  2 15:13 zxbox");
    unparsed("bad permission letters", "dxrwr-xr-x   2 root     root         4096 Aug 24  2001 zxjdbc");
    unparsed("no name after time", "drwxr-xr-x 3 ftp ftp 4096 May 15 18:11");
    unparsed("no name after time, no group", "drwxr-xr-x 3 ftp     4096 May 15 18:11");
    unparsed("blank name", "drwxr-xr-x 2 0 0 4096 Mar 18  2007  ");
    unparsed("month 30", "drwxrwxrwx 2 root root  4096 2012-30-07 00:31 notas_servico");
    unparsed("group glued to size", "-rw-r--r-- 1 ftpadmin ftpadmin125435904 Apr  9  2008 .pureftpd-upload");
    unparsed("german month", "-r-xr-xr-x   2 root     other      2235 2.   Okt.  2003 29-datetest-ger file");
    unparsed("dos garbage", "11-02-09  05:32PM       <GARBAGE>      NT");
    unparsed("dos no name", "11-02-09  05:32PM       <DIR>");
    unparsed("dos blank name", "12-07-10  12:05AM       1234    ");
    unparsed("dos negative", "11-02-09  05:32PM                 -1   NT");
    unparsed("dos month 99", "99-25-10  12:00AM                  0   months out of range");
    unparsed("dos hour 99", "12-25-10  99:00AM                  0   hours out of range");
    unparsed("dos zm", "12-25-10  12:00ZM                  0   what does ZM mean");
    unparsed("dos month name", "11-FEB-09 05:32PM       <DIR>          NT");
    unparsed("vms", "37-vms-file;1       155   2-JUL-2003 10:30:13.64");
    unparsed("mvs", "WYOSPT 3420   2003/05/21  1  200  FB      80  8053  PS  60-MVS.FILE");
    unparsed("eplf without tab", "+i8388621.48594,m825718503,r,s280");
    unparsed("nul in name", QByteArray("-rw-r--r-- 1 u g 1 Jan 12  2019 a\0b", 35));
}

void TestListingParser::skippedAndUnparsed()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, reported);
    QVERIFY(!ListingParser::parseListLine(line, fixedNow()).has_value());
    const Ferry::ListingResult result = ListingParser::parseList(line + "\r\n", fixedNow());
    QVERIFY(result.entries.isEmpty());
    if (reported)
        QCOMPARE(result.unparsedLines, QList<QByteArray>{line});
    else
        QVERIFY(result.unparsedLines.isEmpty());
}

void TestListingParser::wholeListing()
{
    // The jsftp capture, with an error line and a VMS line mixed in.
    const QByteArray data =
        "total 871\r\n"
        "drwx--x---  10 mrclash  adm          4096 Aug  9 14:48 .\r\n"
        "drwx--x---  10 mrclash  adm          4096 Aug  9 14:48 ..\r\n"
        "-rw-r--r--   1 mrclash  pg223090      260 Mar 25  2008 .alias\r\n"
        "-rw-------   1 mrclash  pg223090     2219 Sep  5  2010 .bash_history\r\n"
        "ftpd: secret: Permission denied\r\n"
        "\r\n"
        "drwx------   2 mrclash  pg223090     4096 Aug  9 14:39 .ssh\r\n"
        "37-vms-file;1       155   2-JUL-2003 10:30:13.64\r\n"
        "drwxr-xr-x  12 mrclash  pg223090     4096 Jul 24 02:42 sergimansilla.com\r\n"
        "lrwxr-xr-x    1 sergi  staff      11 Jul  7  2011 .vimrc -> .vim/.vimrc"; // no newline
    const Ferry::ListingResult r = ListingParser::parseList(data, fixedNow());
    const QStringList expected{QStringLiteral(".alias"), QStringLiteral(".bash_history"),
                               QStringLiteral(".ssh"), QStringLiteral("sergimansilla.com"),
                               QStringLiteral(".vimrc")};
    QCOMPARE(names(r.entries), expected);
    const QList<QByteArray> unparsed{"ftpd: secret: Permission denied",
                                     "37-vms-file;1       155   2-JUL-2003 10:30:13.64"};
    QCOMPARE(r.unparsedLines, unparsed);
    QVERIFY(!r.sawInvalidUtf8);
}

void TestListingParser::netxSubfolderListing()
{
    // A NetX Duo sub-folder listing as board-servers.md describes it: "." and ".." first.
    const QByteArray data = "drw-rw-rw-  1 owner group          0 FEB 10 09:00 .\r\n"
                            "drw-rw-rw-  1 owner group          0 FEB 10 09:00 ..\r\n"
                            "-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt\r\n"
                            "drw-rw-rw-  1 owner group          0 FEB 10 09:00 logs\r\n"
                            "-r--r--r--  1 owner group    1048576 JUN 14 23:59 firmware.bin\r\n";
    const Ferry::ListingResult r = ListingParser::parseList(data, fixedNow());
    QVERIFY(r.unparsedLines.isEmpty());
    QCOMPARE(r.entries.size(), 3);
    QCOMPARE(r.entries[0].name, QStringLiteral("test.txt"));
    QCOMPARE(r.entries[0].size, 28);
    QVERIFY(r.entries[1].isDir());
    QCOMPARE(r.entries[2].permissions, QStringLiteral("r--r--r--"));
    QCOMPARE(r.entries[2].size, 1048576);
    QCOMPARE(minutes(r.entries[2].modified), QStringLiteral("2024-06-14 23:59"));
}

void TestListingParser::lineEndings()
{
    const QByteArray lines[] = {"-rw-r--r-- 1 u g 1 Jan 12  2019 a", "-rw-r--r-- 1 u g 2 Jan 12  2019 b c",
                                "01-06-09  02:42PM                  458 Readme.txt"};
    QByteArray crlf;
    QByteArray lf;
    QByteArray mixed;
    for (const QByteArray& l : lines) {
        crlf += l + "\r\n";
        lf += l + "\n";
        mixed += l + ((mixed.size() % 2) ? "\n" : "\r\n");
    }
    const QStringList expected{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("Readme.txt")};
    QCOMPARE(names(ListingParser::parseList(crlf, fixedNow()).entries), expected);
    QCOMPARE(names(ListingParser::parseList(lf, fixedNow()).entries), expected);
    QCOMPARE(names(ListingParser::parseList(mixed, fixedNow()).entries), expected);
    QCOMPARE(names(ListingParser::parseList(lf.chopped(1), fixedNow()).entries), expected);
    QVERIFY(ListingParser::parseList(QByteArray(), fixedNow()).entries.isEmpty());
}

void TestListingParser::yearInference_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QDateTime june(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
    QTest::newRow("same moment") << QByteArray("Jun 15 12:00") << june << QStringLiteral("2024-06-15 12:00");
    QTest::newRow("earlier this year")
        << QByteArray("Jan 01 00:00") << june << QStringLiteral("2024-01-01 00:00");
    QTest::newRow("23h59 ahead is this year")
        << QByteArray("Jun 16 11:59") << june << QStringLiteral("2024-06-16 11:59");
    QTest::newRow("over a day ahead is last year")
        << QByteArray("Jun 16 12:01") << june << QStringLiteral("2023-06-16 12:01");
    QTest::newRow("december is last year")
        << QByteArray("Dec 31 23:59") << june << QStringLiteral("2023-12-31 23:59");

    const QDateTime newYear(QDate(2024, 1, 1), QTime(0, 30), Qt::UTC);
    QTest::newRow("new year: old december")
        << QByteArray("Dec 31 23:00") << newYear << QStringLiteral("2023-12-31 23:00");
    QTest::newRow("new year: today") << QByteArray("Jan 01 00:00") << newYear
                                     << QStringLiteral("2024-01-01 00:00");
    QTest::newRow("new year: clock skew")
        << QByteArray("Jan 02 00:29") << newYear << QStringLiteral("2024-01-02 00:29");
    QTest::newRow("new year: too far")
        << QByteArray("Jan 02 01:00") << newYear << QStringLiteral("2023-01-02 01:00");

    QTest::newRow("feb 29 after a leap year")
        << QByteArray("Feb 29 10:00") << QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC)
        << QStringLiteral("2024-02-29 10:00");
    QTest::newRow("feb 29 in a leap year")
        << QByteArray("Feb 29 10:00") << QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC)
        << QStringLiteral("2024-02-29 10:00");
    QTest::newRow("feb 29, tomorrow")
        << QByteArray("Feb 29 10:00") << QDateTime(QDate(2024, 2, 28), QTime(12, 0), Qt::UTC)
        << QStringLiteral("2024-02-29 10:00");
    QTest::newRow("feb 29, three years back")
        << QByteArray("Feb 29 10:00") << QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC)
        << QStringLiteral("2020-02-29 10:00");
    QTest::newRow("netx, tomorrow") << QByteArray("APR 02 08:05")
                                    << QDateTime(QDate(2024, 4, 1), QTime(12, 0), Qt::UTC)
                                    << QStringLiteral("2024-04-02 08:05");
    QTest::newRow("netx, two days ahead")
        << QByteArray("APR 02 08:05") << QDateTime(QDate(2024, 3, 31), QTime(0, 0), Qt::UTC)
        << QStringLiteral("2023-04-02 08:05");
    QTest::newRow("explicit year ignores now")
        << QByteArray("Dec 31  2030") << june << QStringLiteral("2030-12-31 00:00");
}

void TestListingParser::yearInference()
{
    QFETCH(QByteArray, date);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    const std::optional<RemoteEntry> e =
        ListingParser::parseListLine("-rw-rw-rw-  1 owner group         28 " + date + " f", now);
    QVERIFY(e);
    QCOMPARE(minutes(e->modified), expected);
}

void TestListingParser::encodings()
{
    const QByteArray latin1 = "-rw-r--r-- 1 u g 1 Jan 12  2019 caf\xe9.txt\r\n";
    const QByteArray utf8 = "-rw-r--r-- 1 u g 1 Jan 12  2019 caf\xc3\xa9.txt\r\n";
    const QString cafe = QStringLiteral("caf\u00e9.txt");

    Ferry::ListingResult r = ListingParser::parseList(latin1, fixedNow(), PathEncoding::Utf8);
    QVERIFY(r.sawInvalidUtf8);
    QCOMPARE(r.entries.size(), 1);
    QCOMPARE(r.entries.first().name, cafe);
    QCOMPARE(r.entries.first().rawName(), QByteArray("caf\xe9.txt"));

    r = ListingParser::parseList(latin1, fixedNow(), PathEncoding::Latin1);
    QVERIFY(!r.sawInvalidUtf8);
    QCOMPARE(r.entries.first().name, cafe);

    r = ListingParser::parseList(utf8, fixedNow(), PathEncoding::Utf8);
    QVERIFY(!r.sawInvalidUtf8);
    QCOMPARE(r.entries.first().name, cafe);
    QCOMPARE(r.entries.first().rawName(), QByteArray("caf\xc3\xa9.txt"));

    // Latin1 means Latin-1 even when the bytes happen to be valid UTF-8.
    r = ListingParser::parseList(utf8, fixedNow(), PathEncoding::Latin1);
    QCOMPARE(r.entries.first().name, QStringLiteral("caf\u00c3\u00a9.txt"));

    // Overlong and surrogate encodings are not UTF-8.
    QVERIFY(!Ferry::isValidUtf8("\xc0\xaf"));
    QVERIFY(!Ferry::isValidUtf8("\xed\xa0\x80"));
    QVERIFY(!Ferry::isValidUtf8("\xf4\x90\x80\x80"));
    QVERIFY(!Ferry::isValidUtf8("\xe6\x97"));
    QVERIFY(Ferry::isValidUtf8("\xf0\x9f\x98\x80 \xe6\x97\xa5"));
    QCOMPARE(Ferry::encodePath(cafe, PathEncoding::Latin1), QByteArray("caf\xe9.txt"));
    QCOMPARE(Ferry::encodePath(cafe, PathEncoding::Utf8), QByteArray("caf\xc3\xa9.txt"));
    QCOMPARE(Ferry::decodePath("caf\xe9.txt", PathEncoding::Utf8), cafe);
}

// ---------------------------------------------------------------------------------------------------
// MLSD: RFC 3659's examples, pyftpdlib's documented output, FileZilla's test lines, and the layouts of
// Pure-FTPd, ProFTPD and IIS ("format of").
// ---------------------------------------------------------------------------------------------------
void TestListingParser::mlsd_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("modified"); // UTC, with seconds
    QTest::addColumn<QString>("perm");
    QTest::addColumn<QString>("target");

    auto add = [](const char* tag, const QByteArray& line, const char* name, int type, qint64 size,
                  const char* modified, const char* perm = "", const char* target = "") {
        QTest::newRow(tag) << line << QString::fromUtf8(name) << type << size << QString::fromLatin1(modified)
                           << QString::fromLatin1(perm) << QString::fromLatin1(target);
    };

    add("rfc 3659 file", "Type=file;Size=1830;Modify=19940916055648;Perm=r; hatch.c", "hatch.c", F, 1830,
        "1994-09-16 05:56:48", "r");
    add("rfc 3659 empty perm", "Type=file;Size=25730;Modify=19940728095854;Perm=; capmux.tar.z",
        "capmux.tar.z", F, 25730, "1994-07-28 09:58:54");
    add("pyftpdlib file", "type=file;size=156;perm=r;modify=20071029155301;unique=8012; music.mp3",
        "music.mp3", F, 156, "2007-10-29 15:53:01", "r");
    add("pyftpdlib dir", "type=dir;size=0;perm=el;modify=20071127230206;unique=801e33; ebooks", "ebooks", D,
        0, "2007-11-27 23:02:06", "el");
    add("mixed-case keys", "Type=file;mOdIfY=20081105165215;size=1234; 72-MLSD-file", "72-MLSD-file", F, 1234,
        "2008-11-05 16:52:15");
    add("unix facts",
        "modify=20080426135501;perm=;size=65718921;type=file;unique=802U1066013B;UNIX.group=1179;UNIX.mode="
        "00;"
        "UNIX.owner=1179; 75 MLSD file with empty permissions",
        "75 MLSD file with empty permissions", F, 65718921, "2008-04-26 13:55:01");
    add("slink with target", "type=OS.unix=slink:/foo; 76 MLSD symlink", "76 MLSD symlink", L, -1, "", "",
        "/foo");
    add("symlink without target", "type=OS.UNIX=symlink; 76b MLSD symlink", "76b MLSD symlink", L, -1, "");
    add("no semicolon before name", "type=file 77 MLSD file no trailing semicolon after facts < mlst-07",
        "77 MLSD file no trailing semicolon after facts < mlst-07", F, -1, "");
    add("tab separator",
        "size=1365694195;type=file;modify=20090722092510;\tadsl TV 2009-07-22 08-25-10 78 mlsd file that can "
        "get "
        "parsed as unix.file",
        "adsl TV 2009-07-22 08-25-10 78 mlsd file that can get parsed as unix.file", F, 1365694195,
        "2009-07-22 09:25:10");
    add("leading whitespace of name kept", "Type=file; \t 75-MLSD-whitespace leading",
        "\t 75-MLSD-whitespace leading", F, -1, "");
    add("trailing whitespace of name kept", "Type=file; 74-MLSD-whitespace trailing\t ",
        "74-MLSD-whitespace trailing\t ", F, -1, "");
    add("pre-epoch", "Type=file;mOdIfY=19681105165215;size=1234; MLSD pre-epoch", "MLSD pre-epoch", F, 1234,
        "1968-11-05 16:52:15");
    add("format of: pure-ftpd",
        "type=file;size=14;modify=20230310111742;UNIX.mode=0644;UNIX.uid=1000;UNIX.gid=1000;unique="
        "803g2a45b7; "
        "test.txt",
        "test.txt", F, 14, "2023-03-10 11:17:42");
    add("format of: proftpd, semicolons and spaces in name",
        "modify=20240101120000;perm=adfrw;size=1234;type=file;unique=FD00U1E2A;UNIX.group=1000;UNIX."
        "groupname=ftp;"
        "UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=ftp; file; with semicolons;  and=spaces.txt",
        "file; with semicolons;  and=spaces.txt", F, 1234, "2024-01-01 12:00:00", "adfrw");
    add("format of: iis milliseconds", "modify=20190116211500.123;size=1234;type=file; file.txt", "file.txt",
        F, 1234, "2019-01-16 21:15:00");
    add("format of: sizd", "type=dir;sizd=4096;modify=20240101000000;perm=flcdmpe; folder", "folder", D, 4096,
        "2024-01-01 00:00:00", "flcdmpe");
    add("format of: device", "type=OS.unix=chr-13/29;modify=20240101000000; tty", "tty", O, -1,
        "2024-01-01 00:00:00");
    add("format of: utf-8 name", "type=file;size=3; \xc3\xa4\xc3\xb6\xc3\xbc.txt",
        "\xc3\xa4\xc3\xb6\xc3\xbc.txt", F, 3, "");
    add("no facts at all", " lonely name", "lonely name", F, -1, "");
    add("bad modify ignored", "type=file;modify=2024;size=1; x", "x", F, 1, "");
}

void TestListingParser::mlsd()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(qint64, size);
    QFETCH(QString, modified);
    QFETCH(QString, perm);
    QFETCH(QString, target);

    const std::optional<RemoteEntry> e = ListingParser::parseMlsdLine(line);
    QVERIFY(e);
    QCOMPARE(e->name, name);
    QCOMPARE(int(e->type), type);
    QCOMPARE(e->size, size);
    QCOMPARE(seconds(e->modified), modified);
    if (e->modified.isValid()) {
        QCOMPARE(e->modified.timeSpec(), Qt::UTC);
        QVERIFY(e->timeHasSeconds);
    }
    QCOMPARE(e->permissions, perm);
    QCOMPARE(e->linkTarget, target);
    for (auto it = e->facts.cbegin(); it != e->facts.cend(); ++it)
        QCOMPARE(it.key(), it.key().toLower());
}

void TestListingParser::mlsdListing()
{
    const QByteArray data =
        "Type=cdir;Modify=19981107085215;Perm=el; tmp\r\n"
        "Type=pdir;Modify=19990112030508;Perm=el; ..\r\n"
        "type=dir;modify=20240101000000; .\r\n"
        "type=file;size=10;modify=20240101000000;UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=alice;"
        "UNIX.groupname=staff; a.txt\r\n"
        "\r\n"
        "no-facts-here\r\n"
        "foo bar\r\n"
        "type=file;\r\n"
        "type=file; \r\n"
        "type=dir; sub\n";
    const Ferry::ListingResult r = ListingParser::parseMlsd(data);
    QCOMPARE(names(r.entries), (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub")}));
    const QList<QByteArray> unparsed{"no-facts-here", "foo bar", "type=file;", "type=file; "};
    QCOMPARE(r.unparsedLines, unparsed);
    const RemoteEntry& a = r.entries.first();
    QCOMPARE(a.facts.value(QStringLiteral("unix.mode")), QStringLiteral("0644"));
    QCOMPARE(a.owner, QStringLiteral("alice"));
    QCOMPARE(a.group, QStringLiteral("staff"));
    QVERIFY(r.entries.last().isDir());

    QVERIFY(!ListingParser::parseMlsdLine("Type=cdir;Perm=el; /tmp"));
    QVERIFY(!ListingParser::parseMlsdLine("Type=pdir; whatever"));

    const Ferry::ListingResult latin = ListingParser::parseMlsd("type=file; caf\xe9\r\n");
    QVERIFY(latin.sawInvalidUtf8);
    QCOMPARE(latin.entries.first().name, QStringLiteral("caf\u00e9"));
}

void TestListingParser::nameList_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unparsed");

    using S = QStringList;
    QTest::newRow("crlf") << QByteArray("a.txt\r\nb.txt\r\n")
                          << S{QStringLiteral("a.txt"), QStringLiteral("b.txt")} << 0;
    QTest::newRow("lf, no final newline")
        << QByteArray("a.txt\nb.txt") << S{QStringLiteral("a.txt"), QStringLiteral("b.txt")} << 0;
    QTest::newRow("paths reduced") << QByteArray("dir/name\r\n/abs/path/file.bin\r\n./x\r\n")
                                   << S{QStringLiteral("name"), QStringLiteral("file.bin"),
                                        QStringLiteral("x")}
                                   << 0;
    QTest::newRow("dots skipped") << QByteArray(".\r\n..\r\nreal\r\nsub/..\r\n") << S{QStringLiteral("real")}
                                  << 0;
    QTest::newRow("spaces kept") << QByteArray(" lead\r\ntrail \r\nin  side\r\n")
                                 << S{QStringLiteral(" lead"), QStringLiteral("trail "),
                                      QStringLiteral("in  side")}
                                 << 0;
    QTest::newRow("blank lines skipped") << QByteArray("\r\n\r\nx\r\n\n") << S{QStringLiteral("x")} << 0;
    QTest::newRow("root is not a name") << QByteArray("/\r\nok\r\n") << S{QStringLiteral("ok")} << 1;
    QTest::newRow("whitespace-only name reported")
        << QByteArray("   \r\nok\r\n") << S{QStringLiteral("ok")} << 1;
    QTest::newRow("utf-8") << QByteArray("\xc3\xa4.txt\r\n") << S{QStringLiteral("\u00e4.txt")} << 0;
    QTest::newRow("latin-1 fallback") << QByteArray("\xe4.txt\r\n") << S{QStringLiteral("\u00e4.txt")} << 0;
    QTest::newRow("empty") << QByteArray() << S{} << 0;
}

void TestListingParser::nameList()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    QFETCH(int, unparsed);
    const Ferry::ListingResult r = ListingParser::parseNameList(data);
    QCOMPARE(names(r.entries), expected);
    QCOMPARE(r.unparsedLines.size(), unparsed);
    for (const RemoteEntry& e : r.entries)
        QCOMPARE(e.size, -1);

    const Ferry::ListingResult dirs = ListingParser::parseNameList("sub/\r\nfile\r\n");
    QCOMPARE(names(dirs.entries), (QStringList{QStringLiteral("sub"), QStringLiteral("file")}));
    QVERIFY(dirs.entries[0].isDir());
    QVERIFY(dirs.entries[1].isFile());
}

void TestListingParser::timeVal_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // "yyyy-MM-dd HH:mm:ss.zzz" UTC; empty: invalid

    QTest::newRow("plain") << QByteArray("20240615120000") << QStringLiteral("2024-06-15 12:00:00.000");
    QTest::newRow("milliseconds") << QByteArray("20190116211500.123")
                                  << QStringLiteral("2019-01-16 21:15:00.123");
    QTest::newRow("one fraction digit")
        << QByteArray("20190116211500.5") << QStringLiteral("2019-01-16 21:15:00.500");
    QTest::newRow("many fraction digits")
        << QByteArray("20190116211500.123456789") << QStringLiteral("2019-01-16 21:15:00.123");
    QTest::newRow("mdtm reply padding")
        << QByteArray(" 20240615120000\r\n") << QStringLiteral("2024-06-15 12:00:00.000");
    QTest::newRow("leap second") << QByteArray("20161231235960") << QStringLiteral("2016-12-31 23:59:59.000");
    QTest::newRow("pre-epoch") << QByteArray("19681105165215") << QStringLiteral("1968-11-05 16:52:15.000");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("too short") << QByteArray("2024061512000") << QString();
    QTest::newRow("month 13") << QByteArray("20241315120000") << QString();
    QTest::newRow("feb 30") << QByteArray("20240230120000") << QString();
    QTest::newRow("hour 24") << QByteArray("20240615240000") << QString();
    QTest::newRow("letters") << QByteArray("2024O615120000") << QString();
    QTest::newRow("trailing junk") << QByteArray("20240615120000Z") << QString();
    QTest::newRow("dot without digits") << QByteArray("20240615120000.") << QString();
    QTest::newRow("fraction with junk") << QByteArray("20240615120000.1a") << QString();
    QTest::newRow("y2k bug") << QByteArray("191000615120000") << QString();
}

void TestListingParser::timeVal()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const QDateTime t = ListingParser::parseTimeVal(value);
    QCOMPARE(t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString(), expected);
    if (t.isValid())
        QCOMPARE(t.timeSpec(), Qt::UTC);
}

void TestListingParser::robustness()
{
    // Deterministic pseudo-random lines built from listing-like pieces; nothing may crash or hang, and
    // every entry must have a name that is not a path.
    const QList<QByteArray> pieces{"-rw-r--r--",
                                   "drwxr-xr-x",
                                   "lrwxrwxrwx",
                                   "crw-rw----",
                                   "d",
                                   "[RW]",
                                   "1",
                                   "0,",
                                   "4,",
                                   "12",
                                   "4096",
                                   "-1",
                                   "Jan",
                                   "APR",
                                   "31",
                                   "32",
                                   "2019",
                                   "08:05",
                                   "24:00",
                                   "99:99",
                                   "2019-01-12",
                                   "+0100",
                                   "->",
                                   "<DIR>",
                                   "01-16-19",
                                   "09:15PM",
                                   "total",
                                   ".",
                                   "..",
                                   "/",
                                   "+i1,m1,/,",
                                   "\t",
                                   "type=file;",
                                   "size=1;",
                                   "modify=20240101000000;",
                                   "\xff",
                                   "\xc3",
                                   "name",
                                   "a b",
                                   ",",
                                   ""};
    quint32 state = 2024;
    auto next = [&state]() {
        state = state * 1103515245u + 12345u;
        return state >> 16;
    };
    QByteArray listing;
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        const int count = int(next() % 12);
        for (int j = 0; j < count; ++j) {
            line += pieces.at(int(next() % quint32(pieces.size())));
            line += (next() % 5 == 0) ? "  " : " ";
        }
        listing += line + ((i % 3) ? "\r\n" : "\n");
    }
    for (const Ferry::ListingResult& r :
         {ListingParser::parseList(listing, fixedNow()), ListingParser::parseMlsd(listing),
          ListingParser::parseNameList(listing)}) {
        for (const RemoteEntry& e : r.entries) {
            QVERIFY(!e.name.isEmpty());
            QVERIFY(!e.name.contains(QLatin1Char('/')));
            QVERIFY(e.name != QLatin1String(".") && e.name != QLatin1String(".."));
        }
    }

    // Very long lines are handled in linear time.
    QByteArray words;
    for (int i = 0; i < 200000; ++i)
        words += "1 ";
    QVERIFY(!ListingParser::parseListLine(words, fixedNow()));
    const QByteArray longName = "-rw-r--r-- 1 u g 1 Jan 12  2019 " + QByteArray(1 << 20, 'n');
    const std::optional<RemoteEntry> e = ListingParser::parseListLine(longName, fixedNow());
    QVERIFY(e);
    QCOMPARE(e->name.size(), 1 << 20);
    QVERIFY(!ListingParser::parseMlsdLine(QByteArray(1 << 20, ';')));
    // Facts without '=' followed by a long name: each fact must not rescan the rest of the line.
    QVERIFY(!ListingParser::parseMlsdLine(QByteArray(1 << 20, ';') + ' ' + QByteArray(1 << 20, 'x')));
    QVERIFY(ListingParser::parseMlsdLine("type=file;" + QByteArray(1 << 20, ';') + " x"));
    // Fields without the separators the parsers look for, followed by a long line.
    QVERIFY(
        !ListingParser::parseListLine("-rw-r--r-- 1 u g 1 x y z " + QByteArray(1 << 20, '0'), fixedNow()));
    QVERIFY(!ListingParser::parseListLine("+" + QByteArray(1 << 20, 'r') + "\t", fixedNow()));
    QVERIFY(ListingParser::parseTimeVal(QByteArray(1 << 20, '1')).isValid() == false);
    // An invalid `now` must not crash either.
    QVERIFY(ListingParser::parseListLine("-rw-r--r-- 1 u g 1 Jan 12 08:05 a", QDateTime()));
}

// ---------------------------------------------------------------------------------------------------
// Local time: one time-zone look-up per listing must give the instants the C library gives per entry,
// also on the days the clocks change.
// ---------------------------------------------------------------------------------------------------
void TestListingParser::localTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("America/New_York") << QByteArray("America/New_York");
    QTest::newRow("Australia/Lord_Howe (half-hour changes)") << QByteArray("Australia/Lord_Howe");
    QTest::newRow("Asia/Kolkata (no changes)") << QByteArray("Asia/Kolkata");
    QTest::newRow("POSIX rule") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
}

void TestListingParser::localTimeZone()
{
    QFETCH(QByteArray, zone);
    const ZoneOverride tz(zone);
    const QDateTime now(QDate(2024, 6, 15), QTime(12, 0), Qt::LocalTime);
    // Every day of 2023 and 2024 at 00:00, 01:30, 02:30 (skipped or repeated on change days in Europe
    // and America), 03:00 and 23:59, as year-less and as dated lines, in one listing.
    QByteArray listing;
    QList<QDateTime> expected;
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QList<QTime> times{QTime(0, 0), QTime(1, 30), QTime(2, 30), QTime(3, 0), QTime(23, 59)};
    for (QDate d(2023, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1)) {
        for (const QTime& t : times) {
            const bool yearless = d > now.date().addYears(-1).addDays(1) && d <= now.date();
            QByteArray stamp = QByteArray(months[d.month() - 1]) + ' ' + QByteArray::number(d.day()) + ' ';
            stamp += yearless ? t.toString(QStringLiteral("HH:mm")).toLatin1() : QByteArray::number(d.year());
            listing += "-rw-r--r-- 1 u g 1 " + stamp + " f\r\n";
            const QDateTime local(d, yearless ? t : QTime(0, 0), Qt::LocalTime);
            expected.append(local);
            if (!yearless)
                break; // a dated line has no time: once per day
        }
    }
    const Ferry::ListingResult r = ListingParser::parseList(listing, now);
    QCOMPARE(r.entries.size(), expected.size());
    int checked = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QDateTime& want = expected.at(i);
        const QDateTime& got = r.entries.at(i).modified;
        QCOMPARE(got.timeSpec(), Qt::UTC);
        // A wall-clock time the clock skips has no instant of its own (Qt calls it invalid; the parser
        // reads it with the offset before the change, so that the line is not lost). Every other time
        // must be the very same instant.
        if (!want.isValid()) {
            QVERIFY(got.isValid());
            continue;
        }
        if (got != want)
            QFAIL(qPrintable(QStringLiteral("%1: %2 gave %3, expected %4")
                                 .arg(QString::fromLatin1(zone), want.toString(Qt::ISODate),
                                      got.toString(Qt::ISODateWithMs), want.toUTC().toString(Qt::ISODate))));
        ++checked;
    }
    QVERIFY(checked > expected.size() * 9 / 10);

    // And back: the wall clock of each instant, for printing.
    Ferry::ListingTimeZone local(now);
    for (qsizetype i = 0; i < expected.size(); i += 7) {
        const QDateTime instant = r.entries.at(i).modified;
        const Ferry::ListingTimeZone::WallClock wall = local.wallClock(instant);
        const QDateTime c = instant.toLocalTime();
        QCOMPARE(wall.date, c.date());
        QCOMPARE(wall.time, c.time());
    }

    // Year inference works on the local wall clock: "Jun 16 11:59" is less than a day ahead of 12:00.
    const auto ahead = ListingParser::parseListLine("-rw-r--r-- 1 u g 1 Jun 16 11:59 f", now);
    QVERIFY(ahead);
    QCOMPARE(ahead->modified, QDateTime(QDate(2024, 6, 16), QTime(11, 59), Qt::LocalTime));
}

// ---------------------------------------------------------------------------------------------------
// The incremental parser: a listing fed in pieces, split anywhere (inside a line, between "\r" and "\n",
// inside a UTF-8 sequence), gives what the whole buffer gives.
// ---------------------------------------------------------------------------------------------------
namespace {

QByteArray sampleList()
{
    QByteArray out = "total 42\r\n";
    const char* const lines[] = {
        "-rw-r--r--    1 ftp      ftp           528 Nov 01  2007 README",
        "drwxr-xr-x    2 1000     1000         4096 Jun 14 23:59 logs",
        "lrwxrwxrwx    1 alice    developers     11 Jan 12 08:05 latest -> logs/today",
        "-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt",
        "01-16-19  09:15PM       <DIR>          My Folder",
        "01-16-2019  21:15            1234 file.txt",
        "+i8388621.48594,m825718503,r,s280,up755\t14-eplf file",
        "ftpd: secret: Permission denied",
        "-rw-r--r-- 1 u g 1 Jan 12  2019 caf\xc3\xa9 \xe6\x97\xa5.txt",
        "-rw-r--r-- 1 u g 1 Jan 12  2019 caf\xe9.txt",
        "drwxr-xr-x 2 u g 4096 Aug  9 14:48 .",
        "",
        "d [R----F--] supervisor            512       Jan 16 18:53    09-netware dir",
        "-rw-r--r-- 1 user user 1234 2019-01-12 08:05:23.000000000 +0100 full time",
    };
    for (int round = 0; round < 40; ++round) {
        for (const char* line : lines)
            out += QByteArray(line) + (round % 3 == 0 ? "\n" : "\r\n");
    }
    return out + "-rw-r--r-- 1 u g 7 Mar  3 03:03 no line end";
}

QByteArray sampleMlsd()
{
    QByteArray out;
    const char* const lines[] = {
        "type=cdir;perm=flcdmpe;modify=20240101000000; .",
        "type=file;size=156;perm=r;modify=20071029155301;unique=8012; music.mp3",
        "modify=20240101120000;perm=adfrw;size=1234;type=file;unique=FD00U1E2A;UNIX.group=1000;"
        "UNIX.groupname=ftp;UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=ftp; file; with semicolons",
        "type=OS.unix=slink:/foo; 76 MLSD symlink",
        "type=dir;sizd=4096;modify=20240101000000;perm=flcdmpe; folder",
        "no-facts-here",
        "type=file;size=3; \xc3\xa4\xc3\xb6\xc3\xbc.txt",
    };
    for (int round = 0; round < 40; ++round) {
        for (const char* line : lines)
            out += QByteArray(line) + "\r\n";
    }
    return out;
}

QByteArray sampleNameList()
{
    QByteArray out;
    for (int i = 0; i < 300; ++i)
        out += "dir/name-" + QByteArray::number(i) + (i % 7 ? ".txt" : "/") + (i % 2 ? "\r\n" : "\n");
    return out + "\xe4.txt";
}

QString describe(const RemoteEntry& e)
{
    QStringList facts;
    for (auto it = e.facts.cbegin(); it != e.facts.cend(); ++it)
        facts << it.key() + QLatin1Char('=') + it.value();
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12")
        .arg(e.name, QString::number(int(e.type)), QString::number(e.size),
             e.modified.toString(Qt::ISODateWithMs), QString::number(e.modified.offsetFromUtc()),
             e.permissions, QString::number(int(e.permissionsKind)), e.owner, e.group, e.linkTarget,
             facts.join(QLatin1Char(';')), QString::fromLatin1(e.rawName().toHex()));
}

} // namespace

void TestListingParser::streamMatchesWholeBuffer_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("encoding");
    using Format = Ferry::ListingParserStream::Format;
    QTest::newRow("list") << int(Format::List) << sampleList() << int(PathEncoding::Utf8);
    QTest::newRow("list latin-1") << int(Format::List) << sampleList() << int(PathEncoding::Latin1);
    QTest::newRow("mlsd") << int(Format::Mlsd) << sampleMlsd() << int(PathEncoding::Utf8);
    QTest::newRow("nlst") << int(Format::NameList) << sampleNameList() << int(PathEncoding::Utf8);
}

void TestListingParser::streamMatchesWholeBuffer()
{
    QFETCH(int, format);
    QFETCH(QByteArray, data);
    QFETCH(int, encoding);
    using Ferry::ListingParserStream;
    const auto f = ListingParserStream::Format(format);
    const auto enc = PathEncoding(encoding);

    ListingParserStream whole(f, fixedNow(), enc);
    whole.feed(data);
    whole.finish();
    const QList<RemoteEntry> expected = whole.takeEntries();
    const QList<QByteArray> expectedUnparsed = whole.takeUnparsedLines();
    QVERIFY(expected.size() >= 200);
    if (f != ListingParserStream::Format::NameList)
        QVERIFY(!expectedUnparsed.isEmpty());
    QStringList want;
    for (const RemoteEntry& e : expected)
        want << describe(e);

    // The whole-buffer functions are the same parser.
    const Ferry::ListingResult direct =
        f == ListingParserStream::Format::List   ? ListingParser::parseList(data, fixedNow(), enc)
        : f == ListingParserStream::Format::Mlsd ? ListingParser::parseMlsd(data, enc)
                                                 : ListingParser::parseNameList(data, enc);
    QCOMPARE(direct.entries.size(), expected.size());
    QCOMPARE(direct.unparsedLines, expectedUnparsed);

    quint32 state = 11;
    auto next = [&state](quint32 bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 60; ++round) {
        ListingParserStream stream(f, fixedNow(), enc);
        QList<RemoteEntry> got;
        QList<QByteArray> unparsed;
        qsizetype pos = 0;
        // Pieces from 1 byte (every split point) to a few KiB, taken out at random moments.
        const quint32 maxPiece = round < 3 ? 1 : round < 20 ? 16 : 4096;
        while (pos < data.size()) {
            const qsizetype piece = qMin<qsizetype>(1 + next(maxPiece), data.size() - pos);
            stream.feed(QByteArrayView(data.constData() + pos, piece));
            pos += piece;
            if (next(4) == 0) {
                got += stream.takeEntries();
                unparsed += stream.takeUnparsedLines();
            }
        }
        stream.finish();
        got += stream.takeEntries();
        unparsed += stream.takeUnparsedLines();
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(describe(got.at(i)), want.at(i));
        QCOMPARE(unparsed, expectedUnparsed);
        QCOMPARE(stream.sawInvalidUtf8(), whole.sawInvalidUtf8());
        QCOMPARE(stream.entryCount(), qint64(expected.size()));
    }
}

void TestListingParser::streamOverlongLine()
{
    using Ferry::ListingParserStream;
    const QByteArray good = "-rw-r--r-- 1 u g 1 Jan 12  2019 good\r\n";
    const QByteArray huge =
        "-rw-r--r-- 1 u g 1 Jan 12  2019 " + QByteArray(ListingParserStream::MaxLineBytes + 10, 'n') + "\r\n";
    const QByteArray data = good + huge + good;
    for (qsizetype piece : {qsizetype(data.size()), qsizetype(4096), qsizetype(100000)}) {
        ListingParserStream stream(ListingParserStream::Format::List, fixedNow());
        for (qsizetype pos = 0; pos < data.size(); pos += piece)
            stream.feed(QByteArrayView(data.constData() + pos, qMin(piece, data.size() - pos)));
        stream.finish();
        QCOMPARE(names(stream.takeEntries()), (QStringList{QStringLiteral("good"), QStringLiteral("good")}));
        const QList<QByteArray> unparsed = stream.takeUnparsedLines();
        QCOMPARE(unparsed.size(), 1);
        QCOMPARE(unparsed.first(), huge.left(ListingParserStream::MaxReportedBytes));
    }
    // A line just under the limit is parsed, whole or in pieces.
    const QByteArray longName(ListingParserStream::MaxLineBytes - 100, 'x');
    const QByteArray fits = "-rw-r--r-- 1 u g 1 Jan 12  2019 " + longName + "\n";
    ListingParserStream stream(ListingParserStream::Format::List, fixedNow());
    for (qsizetype pos = 0; pos < fits.size(); pos += 65536)
        stream.feed(QByteArrayView(fits.constData() + pos, qMin<qsizetype>(65536, fits.size() - pos)));
    stream.finish();
    const QList<RemoteEntry> entries = stream.takeEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().name.size(), longName.size());
}

void TestListingParser::sharedStrings()
{
    // One copy of each owner, group and permission string per listing, shared by the entries.
    const QByteArray data = "-rw-r--r--    1 ftp      staff           528 Nov 01  2007 a\r\n"
                            "-rw-r--r--    1 ftp      staff           528 Nov 01  2007 b\r\n"
                            "type=x\r\n";
    const Ferry::ListingResult r = ListingParser::parseList(data, fixedNow());
    QCOMPARE(r.entries.size(), 2);
    const RemoteEntry& a = r.entries.at(0);
    const RemoteEntry& b = r.entries.at(1);
    QCOMPARE(b.owner, QStringLiteral("ftp"));
    QCOMPARE(b.group, QStringLiteral("staff"));
    QCOMPARE(b.permissions, QStringLiteral("rw-r--r--"));
    QCOMPARE(a.owner.constData(), b.owner.constData());
    QCOMPARE(a.group.constData(), b.group.constData());
    QCOMPARE(a.permissions.constData(), b.permissions.constData());

    const Ferry::ListingResult m =
        ListingParser::parseMlsd("type=file;perm=adfrw;UNIX.mode=0644;UNIX.ownername=ftp; a\r\n"
                                 "type=file;perm=adfrw;UNIX.mode=0644;UNIX.ownername=ftp; b\r\n");
    QCOMPARE(m.entries.size(), 2);
    QCOMPARE(m.entries.at(0).permissions.constData(), m.entries.at(1).permissions.constData());
    QCOMPARE(m.entries.at(0).owner.constData(), m.entries.at(1).owner.constData());
    QCOMPARE(m.entries.at(0).facts.value(QStringLiteral("unix.mode")).constData(),
             m.entries.at(1).facts.value(QStringLiteral("unix.mode")).constData());
}

void TestListingParser::mlsdFactsKeptOnce()
{
    // Facts that became fields are not kept again in `facts`; the others are, with lower-case keys.
    const std::optional<RemoteEntry> e = ListingParser::parseMlsdLine(
        "modify=20240101120000;perm=adfrw;size=1234;type=file;unique=FD00U1E2A;UNIX.group=1000;"
        "UNIX.groupname=ftp;UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=alice;Media-Type=text/plain; f");
    QVERIFY(e);
    QCOMPARE(e->facts.keys(), (QStringList{QStringLiteral("media-type"), QStringLiteral("unique"),
                                           QStringLiteral("unix.mode")}));
    QCOMPARE(e->facts.value(QStringLiteral("unique")), QStringLiteral("FD00U1E2A"));
    QCOMPARE(e->permissions, QStringLiteral("adfrw"));
    QCOMPARE(e->permissionsKind, RemoteEntry::PermissionsKind::MlsdPerm);
    QCOMPARE(e->owner, QStringLiteral("alice"));
    QCOMPARE(e->group, QStringLiteral("ftp"));
    QCOMPARE(e->size, 1234);
    const std::optional<RemoteEntry> listed =
        ListingParser::parseListLine("-rw-r--r-- 1 u g 1 Jan 12  2019 a", fixedNow());
    QVERIFY(listed);
    QCOMPARE(listed->permissionsKind, RemoteEntry::PermissionsKind::AsListed);
}

QTEST_APPLESS_MAIN(TestListingParser)
#include "tst_listingparser.moc"
