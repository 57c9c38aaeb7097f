<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>Ferry::CertificateDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>e-mail: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>NOT YET VALID (from %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>The connection is not encrypted.</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>Trusted because you chose to always trust exactly this certificate for this server.</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>Trusted because you accepted it for this connection.</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>File transfers and listings are NOT encrypted (the server did not accept PROT P).</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Unknown certificate</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>WARNING: certificate changed</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>&amp;Always trust this certificate for this server</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Trust the new certificate</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Trust and connect</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>The certificate of %1 is not trusted.</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>WARNING: the certificate of %1 has CHANGED.</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificate of %1</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>What the system&apos;s verification says about it:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>Fingerprint trusted before:</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>Fingerprint shown now:</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— the certificate is not issued for this name</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (the server&apos;s)</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1 (issuer, level %2)</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>Certificate &amp;chain:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative names:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(no certificate)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>Self-signed (the issuer is the subject itself: nobody vouches for it)</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>No checksum method for %1.</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>The server refused %1</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>Could not get the %1 checksum of %2</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unexpected answer %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>Active mode: the server connects to ferry for data (EPRT/PORT).</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>List a remote directory, or show one file.</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>Download a file.</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>Upload a file.</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>Create a remote directory.</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>Creates the directory the URL names. Its parent directory must exist.</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>Delete a remote file.</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>Deletes the file the URL names. Directories are deleted with rmdir.</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>Delete an empty remote directory.</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>Deletes the directory the URL names. Servers delete only empty directories.</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>Rename or move a remote file or directory.</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>Share a local folder over FTP until Ctrl-C.</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit status:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>the operation failed: the server refused it (no such file, permission denied, ...)</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>usage error: bad command line or URL</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>connection or login failure: host not found, connection refused or lost, timeout, wrong password</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>local I/O error: a local file could not be read, written or renamed</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>interrupted (Ctrl-C or SIGTERM)</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URLs:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>Too many arguments (usage: ferry help [COMMAND]).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Missing argument (usage: %1).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>Too many arguments (usage: %1).</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Choose --active or --passive, not both.</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  open the main window</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>Show help on a command (or: ferry COMMAND --help).</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options of every command:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Other options:</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>Usage: ferry %1 [OPTIONS] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry: this build has no graphical interface.</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>Try &apos;ferry --help&apos; for more information.</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>Try &apos;ferry %1 --help&apos; for more information.</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>Try &apos;ferry serve --help&apos; for more information.</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>Mirror a folder to or from a server.</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>Try &apos;ferry mirror --help&apos; for more information.</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>The URL %1 names no directory.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>The URL %1 names a directory, not a file; use rmdir for directories.</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>The URL %1 names nothing to rename.</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>Not a command that talks to a server.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>The URL %1 names a directory; get downloads one file.</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>The directory %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 is a directory.</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>Uploading from standard input is not supported; name a file.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 is a directory; put uploads one file.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>The new name is empty.</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 is on another server; mv renames on one server only.</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>The URL %1 names no new name.</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1: no such file or directory.</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>Could not read this listing line: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Cannot write to standard output: %1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>Resuming %1 at byte %2.</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>The partial download is kept in %1; run the same command again to resume it.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 failed.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>Downloaded %1 bytes to %2 in %3 s (%4).</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>Uploaded %1 bytes to %2 in %3 s (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>%n more listing line could not be read.</numerusform>
            <numerusform>%n more listing lines could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::Console</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorCommand</name>
    <message>
        <source>Missing argument (usage: ferry mirror SRC DEST).</source>
        <translation>Missing argument (usage: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>Too many arguments (usage: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>One of SRC and DEST must be an ftp:// URL and the other a local folder.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel takes a number from 1 to 32.</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Choose --active or --passive, not both.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>transferred %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>skipped %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry: interrupted
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>Failed:
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>cannot delete</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>deleted %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry: cannot delete %1: %2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>upload</translation>
    </message>
    <message>
        <source>download</source>
        <translation>download</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</translation>
    </message>
    <message>
        <source>Usage: ferry mirror [OPTIONS] SRC DEST

Makes DEST a copy of SRC. One of them is an ftp:// URL of a folder, the
other a local folder: a local SRC is uploaded, a remote SRC is downloaded.
The contents of SRC go into DEST, which is created when missing. A file that
exists at DEST is replaced when its size differs or the source is newer, and
skipped otherwise. Transient failures are retried, continuing where the
server allows it; uploads are verified. Downloads keep the remote times.

Options:
      --parallel N      Up to N connections at once (default: 3, one for board
                        servers).
      --newer-only      Transfer only files missing at DEST or newer at SRC.
      --dry-run         Print what would be transferred (and with --delete,
                        deleted) on standard output, one line each with the
                        reason; change nothing.
      --include GLOB    Only files whose relative path, name or a folder above
                        matches GLOB (*, ?, [...]; &apos;*&apos; stops at &apos;/&apos;;
                        repeatable).
      --exclude GLOB    Leave out files whose relative path, name or a folder
                        above matches GLOB (repeatable).
      --delete          After a transfer without failures, delete the files and
                        folders at DEST that are not in SRC. Files left out by
                        --include/--exclude are kept.
      --compare         Print what differs between SRC and DEST, one line each
                        with the reason (-v: the equal ones too); change
                        nothing. Exit status 0 when nothing differs, 1 otherwise.
      --checksum        Compare files of the same size by the server&apos;s checksum
                        (HASH, XSHA256, XSHA1, XMD5 or XCRC) instead of times.
      --watch           After the mirror, keep uploading what changes in SRC
                        (a local folder), a line per upload; with --delete also
                        delete what is deleted; what --exclude matches is not
                        watched. Ctrl-C stops.
      --user NAME       Log in as NAME (instead of the URL&apos;s user).
      --password PASSWORD
                        Log in with PASSWORD (or set FERRY_PASSWORD).
      --active          Active mode: the server connects to ferry for data.
      --passive         Passive mode (default, falling back to active).
  -v, --verbose         A line per file transferred, skipped or deleted, and
                        per retry or failure.
  -h, --help            Show this help.
      --tls MODE        auto, require, implicit or off (overrides the URL&apos;s
                        scheme: ftp://, ftpes://, ftps://).
      --fingerprint SHA256
                        Trust the server certificate with this SHA-256.
      --cacert FILE     Trust the CA or server certificate in FILE.

On a terminal, standard error shows a line per running transfer and a total.
A summary follows at the end: files transferred, skipped, failed, deleted,
bytes and time.

Exit status: 0 everything mirrored, 1 some files failed (listed on standard
error) or the server refused, 2 usage error, 3 connection or login failure,
4 local I/O error, 130 interrupted (Ctrl-C).
</source>
        <translation>Usage: ferry mirror [OPTIONS] SRC DEST

Makes DEST a copy of SRC. One of them is an ftp:// URL of a folder, the
other a local folder: a local SRC is uploaded, a remote SRC is downloaded.
The contents of SRC go into DEST, which is created when missing. A file that
exists at DEST is replaced when its size differs or the source is newer, and
skipped otherwise. Transient failures are retried, continuing where the
server allows it; uploads are verified. Downloads keep the remote times.

Options:
      --parallel N      Up to N connections at once (default: 3, one for board
                        servers).
      --newer-only      Transfer only files missing at DEST or newer at SRC.
      --dry-run         Print what would be transferred (and with --delete,
                        deleted) on standard output, one line each with the
                        reason; change nothing.
      --include GLOB    Only files whose relative path, name or a folder above
                        matches GLOB (*, ?, [...]; &apos;*&apos; stops at &apos;/&apos;;
                        repeatable).
      --exclude GLOB    Leave out files whose relative path, name or a folder
                        above matches GLOB (repeatable).
      --delete          After a transfer without failures, delete the files and
                        folders at DEST that are not in SRC. Files left out by
                        --include/--exclude are kept.
      --compare         Print what differs between SRC and DEST, one line each
                        with the reason (-v: the equal ones too); change
                        nothing. Exit status 0 when nothing differs, 1 otherwise.
      --checksum        Compare files of the same size by the server&apos;s checksum
                        (HASH, XSHA256, XSHA1, XMD5 or XCRC) instead of times.
      --watch           After the mirror, keep uploading what changes in SRC
                        (a local folder), a line per upload; with --delete also
                        delete what is deleted; what --exclude matches is not
                        watched. Ctrl-C stops.
      --user NAME       Log in as NAME (instead of the URL&apos;s user).
      --password PASSWORD
                        Log in with PASSWORD (or set FERRY_PASSWORD).
      --active          Active mode: the server connects to ferry for data.
      --passive         Passive mode (default, falling back to active).
  -v, --verbose         A line per file transferred, skipped or deleted, and
                        per retry or failure.
  -h, --help            Show this help.
      --tls MODE        auto, require, implicit or off (overrides the URL&apos;s
                        scheme: ftp://, ftpes://, ftps://).
      --fingerprint SHA256
                        Trust the server certificate with this SHA-256.
      --cacert FILE     Trust the CA or server certificate in FILE.

On a terminal, standard error shows a line per running transfer and a total.
A summary follows at the end: files transferred, skipped, failed, deleted,
bytes and time.

Exit status: 0 everything mirrored, 1 some files failed (listed on standard
error) or the server refused, 2 usage error, 3 connection or login failure,
4 local I/O error, 130 interrupted (Ctrl-C).
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>Cannot open the folder %1 on the server.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>Compared %n path: </numerusform>
            <numerusform>Compared %n paths: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n differs.
</numerusform>
            <numerusform>%n differ.
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>would transfer %1 (%2)
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>would create %1/ (%2)
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>would delete %1%2 (%3)
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>would leave %1 (%2)
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>Watching %1 (Ctrl-C stops)...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>uploaded %1 (%2)
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>deleted %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>created %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>failed %1: %2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions takes a number of at least 1.</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address takes a number of at least 1.</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry: %1 is not a folder.
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (read-write)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonymous (read-write)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonymous (read-only)</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry: could not start the server: %1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>Press Ctrl-C to stop.
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Stopping.</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after takes a number of failed logins (0: never ban).</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes takes a number of at least 1.</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry: cannot use the certificate: %1
</translation>
    </message>
    <message>
        <source>ferry: %1
</source>
        <translation>ferry: %1
</translation>
    </message>
    <message>
        <source>ferry: serving without FTPS: %1
</source>
        <translation>ferry: serving without FTPS: %1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS: off.
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS: required (AUTH TLS on port %1</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS: optional (AUTH TLS on port %1</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>, implicit TLS on port %1</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>; data connections must resume the TLS session).
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>Certificate SHA-256 fingerprint: %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>Certificate (self-signed, made now): %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>Certificate (self-signed): %1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls takes off, optional or required, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert and --key go together: the certificate (PEM) and its private key.</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</translation>
    </message>
    <message>
        <source>Usage: ferry serve [DIR] [OPTIONS]

Shares the folder DIR over FTP (IPv4 and IPv6) until Ctrl-C. Prints the URLs to type on the
other side, then a line per session, login, transfer and file operation. Without DIR it
shares your Public folder; without --user, anyone may log in as anonymous, read-only.
Passwords never appear in the log.

Options:
      --port N          Listen on port N (default 2121; 0: any free port).
      --bind ADDR       Listen only on ADDR (repeatable; default: every IPv4 and IPv6
                        address of this machine).
      --user NAME:PASSWORD[:rw|ro]
                        Allow NAME to log in with PASSWORD, read-write (rw, the default)
                        or read-only (ro). Repeatable.
      --anonymous       Allow anonymous logins too (the default when no --user is given).
      --writable        Let anonymous users upload, rename and delete.
      --passive-ports A-B
                        Choose passive data ports in A-B (for firewalls; default
                        50000-50999).
      --max-sessions N  Serve at most N sessions at once (default 32).
      --max-per-address N
                        At most N sessions from one client address (default 8).
      --ban-after N     Refuse an address for --ban-minutes after N failed logins from it
                        within 10 minutes, over all its connections (default 10; 0: never).
                        Each failure also delays the next answer to that address more.
      --ban-minutes M   How long such an address is refused (default 15).
      --tls off|optional|required
                        FTPS (RFC 4217). optional (the default): clients may use TLS
                        (AUTH TLS), clear text still works (boards); required: logins
                        and data connections only over TLS; off: clear text only.
      --cert FILE --key FILE
                        The certificate (PEM, its chain after it) and its private key.
                        Default: a self-signed certificate made on first use and kept
                        in Ferry&apos;s data folder (its fingerprint is printed at start).
      --implicit-port N Also listen for implicit FTPS (TLS from connect, ftps://) on
                        port N (0: any free port).
      --tls-require-reuse
                        Refuse TLS data connections that do not resume the control
                        connection&apos;s TLS session (522), as vsftpd does by default.
  -v, --verbose         Log every command and reply too.
  -h, --help            Show this help.

Small boards (NetX Duo FTP clients) are served as they expect. Exit status: 0 after Ctrl-C,
2 usage error, 3 the port could not be opened, 4 the folder is not there.
</source>
        <translation>Usage: ferry serve [DIR] [OPTIONS]

Shares the folder DIR over FTP (IPv4 and IPv6) until Ctrl-C. Prints the URLs to type on the
other side, then a line per session, login, transfer and file operation. Without DIR it
shares your Public folder; without --user, anyone may log in as anonymous, read-only.
Passwords never appear in the log.

Options:
      --port N          Listen on port N (default 2121; 0: any free port).
      --bind ADDR       Listen only on ADDR (repeatable; default: every IPv4 and IPv6
                        address of this machine).
      --user NAME:PASSWORD[:rw|ro]
                        Allow NAME to log in with PASSWORD, read-write (rw, the default)
                        or read-only (ro). Repeatable.
      --anonymous       Allow anonymous logins too (the default when no --user is given).
      --writable        Let anonymous users upload, rename and delete.
      --passive-ports A-B
                        Choose passive data ports in A-B (for firewalls; default
                        50000-50999).
      --max-sessions N  Serve at most N sessions at once (default 32).
      --max-per-address N
                        At most N sessions from one client address (default 8).
      --ban-after N     Refuse an address for --ban-minutes after N failed logins from it
                        within 10 minutes, over all its connections (default 10; 0: never).
                        Each failure also delays the next answer to that address more.
      --ban-minutes M   How long such an address is refused (default 15).
      --tls off|optional|required
                        FTPS (RFC 4217). optional (the default): clients may use TLS
                        (AUTH TLS), clear text still works (boards); required: logins
                        and data connections only over TLS; off: clear text only.
      --cert FILE --key FILE
                        The certificate (PEM, its chain after it) and its private key.
                        Default: a self-signed certificate made on first use and kept
                        in Ferry&apos;s data folder (its fingerprint is printed at start).
      --implicit-port N Also listen for implicit FTPS (TLS from connect, ftps://) on
                        port N (0: any free port).
      --tls-require-reuse
                        Refuse TLS data connections that do not resume the control
                        connection&apos;s TLS session (522), as vsftpd does by default.
  -v, --verbose         Log every command and reply too.
  -h, --help            Show this help.

Small boards (NetX Duo FTP clients) are served as they expect. Exit status: 0 after Ctrl-C,
2 usage error, 3 the port could not be opened, 4 the folder is not there.
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>Serving %1 on port %2 to %3.
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>Connect with:
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 holds no certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>Not encrypted (clear text).</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>certificate trusted by the system</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>certificate pinned by fingerprint</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>certificate trusted before for this server</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>certificate accepted for this connection</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>Encrypted: %1; %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>this build of Qt has no TLS support (%1)</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>TLS on the data connection through Qt: %1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>the control connection has no certificate to compare with</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>the connection is not ready for it</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Cannot set up TLS: %1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>the control connection has no TLS session to resume yet</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>the control connection&apos;s TLS session cannot be read: %1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>the control connection&apos;s TLS session cannot be resumed</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>the control connection&apos;s TLS session cannot be offered: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Cannot start TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>the server presented no certificate on the data connection</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>Could not read the current folder</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>Could not change to folder %1</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>Could not create folder %1</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>Could not remove folder %1</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Could not delete %1</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>Could not get the size of %1</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>Could not get the modification time of %1</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>The server did not accept NOOP</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>The server did not accept QUIT</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>The server refused &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1: the server does not support %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>&quot;%1&quot; is not a single command line.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>The server&apos;s answer to PWD has no folder in it: %1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unexpected answer %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>Newer here than on the server</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>Older on the server than here</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>Older here than on the server</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>Newer on the server than here</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>one side only</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>newer (older: grey)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>file/folder</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>the connection could not be set up</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>data encrypted</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>data not encrypted</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Logging in to %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>The connection to %1 was lost: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Disconnected from %1.</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Enter a host name or an ftp:// URL.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Password for %1 on %2:</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
Password for %2 on %3:</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>The keychain has no password for this site (%1).</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnected.</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>New tab</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>Waiting for a free session on %1…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>Waiting for a free session: %1 serves %n session at once and it is in use (%2 by tabs, %3 by transfers). This tab connects as soon as it is free; closing another tab on this server frees it.</numerusform>
            <numerusform>Waiting for a free session: %1 serves %n sessions at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionTabs</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Close the tab?</source>
        <translation>Close the tab?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>%n transfer to or from %1 is queued or running. It runs on a connection of its own and can go on without this tab.</numerusform>
            <numerusform>%n transfers to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>Close, &amp;transfers go on</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>Close and &amp;cancel them</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>&amp;Keep the tab</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>The server at %1 sent something that is not an FTP reply (%2).</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>The host %1 was not found.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>The server %1 refused the connection: is an FTP server running on that port?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>The connection to %1 was lost: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>The server %1 closed the connection.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>Could not connect to %1 within %2 seconds.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>The server %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>Cannot connect to %1 with TLS: %2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 closed the connection during the TLS handshake.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>The TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>The TLS handshake with %1 did not finish within %2 seconds.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS is already active.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>Could not listen for a data connection on %1: %2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>Could not write the downloaded data: %1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>Could not read the file to upload: %1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>The server did not open the data connection within %1 seconds.</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>timed out after %1 seconds</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>No data moved for %1 seconds: the transfer stalled.</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>The data connection failed after %1 bytes of the upload: %2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>The data connection failed after %1 bytes: %2; the download is incomplete.</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>Refused a data connection from %1 port %2: not the client&apos;s address</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>Refused an active data connection to %1: not the client&apos;s address</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>Refused an active data connection to port %1</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>No local file to transfer.</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>No way to open a data connection is left: the server refused every one.</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>Could not open a data connection: %1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1; trying %2</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 cannot express the address %2</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>The server refused binary mode</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>The server refused %1: %2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>Could not understand the EPSV reply: %1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>Could not understand the PASV reply: %1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>The server asked for a data connection to %1; using %2 instead</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>Could not connect to the server&apos;s data port (%1): %2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1: %2 (the transfer broke off after %3 bytes)</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>The server has not answered the aborted transfer yet; synchronising again</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 only here</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 only there</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 newer here</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 newer there</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 size</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 content</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 file/folder</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>Both folders are the same</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>the system&apos;s limit of watched files may be reached</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>DELE %1 failed: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>MKD %1 failed: %2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>Created folder %1</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>RMD %1 failed: %2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>Removed folder %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>Rename %1 to %2 failed: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>Renamed %1 to %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modified %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; already exists.</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Existing file:</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Your file:</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>Server&apos;s file:</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>The existing file is older.</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>The existing file is newer.</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>Continue the existing file: it is smaller, as if an earlier transfer stopped</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>Transfer under a free name such as &quot;name (1).ext&quot;</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>Leave the existing file alone</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>Do the same for &amp;all other files that exist</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>Parent folder (Alt+Up, Backspace)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Show hidden files</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>Show hidden files (Ctrl+H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>Location (Ctrl+L): type a folder and press Enter</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>Show only names that contain this text; * and ? are wildcards</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>Cannot resume %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>The download of %1 ended after %2 of %3 bytes.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Cannot rename %1 to %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>No free name for %1 on the server.</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>Verification failed: %1 is not on the server after the upload.</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>The checksum of %1 was not checked: the server refused %2 (%3).</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>The partial upload %1 could not be deleted: %2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>A site without a host was left out (%1).</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>%1 was left out: unknown protocol %2.</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>%1 was left out: Ferry speaks FTP and FTPS, not %2.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocol %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>The saved password could not be decoded.</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla keeps this password under its master password: type it in once.</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>The password is stored in a way Ferry cannot read (%1).</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla asked for this password each time.</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>This site logged on with a key file.</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>Folders nested too deeply.</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>Unnamed folder</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>The file cannot be read as XML (line %1: %2).</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>This is not a FileZilla site manager file (no sites in it).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 is in the site manager already.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 is too large to be a FileZilla site manager file.</translation>
    </message>
</context>
<context>
    <name>Ferry::FolderField</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>Ferry::FolderWatcher</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>Cannot watch %1: %2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>Cannot watch %1: %2. Changes in it may be missed.</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>The watched folder %1 is gone; watching stopped.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Enter a host name or an ftp:// URL.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServer</name>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 is not available (%1): listening on IPv4 only.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>No address to listen on.</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>Could not find a port free on every address.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Listening on %1</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>Stopped listening</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>The server is shutting down.</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>Disconnected by the server&apos;s operator.</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>Too many connections (%1): try again later.</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>Too many connections from your address (%1): try again later.</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>Refused a connection from %1: %2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>Accepting connections again (%1 refused meanwhile)</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>Cannot accept new connections: %1. Trying again.</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS needs a certificate and its key.</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>An implicit-FTPS port needs TLS (the TLS policy is off).</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>Implicit FTPS on %1</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>Cannot listen for implicit FTPS on %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>Closing the session: %1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>Command line longer than %1 bytes ignored</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>Refused %1 %2: read-only session</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>aborted by the client</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>the control connection closed</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>Timeout: no command for %1 seconds.</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>Timeout: no login within %1 seconds.</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>Connected (implicit TLS)</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>Canceled: the connection was closed.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>The server closed the session: %1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>Not done: the connection was lost before it was this operation&apos;s turn (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 is not on the server (it is not in the listing of %2).</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>Cannot open the folder %1 on the server: %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>Cannot upload %1: %2 is a folder on the server.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>Cannot read the folder %1.</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>A broken symbolic link: skipped.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>A symbolic link to a folder: not followed.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>A symbolic link back into a folder being uploaded (a loop): skipped.</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>Folders nested deeper than %1 levels: skipped.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>Cannot create the folder %1 on the server: a file of that name exists.</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>Not a regular file: skipped.</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>Cannot upload %1: a folder of that name exists on the server.</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>A name with a path separator cannot be saved locally: skipped.</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>A link back into a folder being downloaded (a loop): skipped.</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>Not a regular file or folder: skipped.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>A symbolic link to a folder whose target the server does not show: not followed.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>A symbolic link back into a folder being downloaded (a loop): skipped.</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>The server refused to send the MLST facts %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>Could not list the current folder</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>Could not list %1</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>Could not parse listing line: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>%n more listing line could not be parsed.</numerusform>
            <numerusform>%n more listing lines could not be parsed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LocalFileModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalHasher</name>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>Cannot read %1 to compute its checksum: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalPane</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Local files</source>
        <translation>Local files</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renamed to %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>The folder %1 cannot be read (permission denied).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>No application could open %1.</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>Select the files or folders to upload first.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>Delete %1 for good? Folders are deleted with everything in them.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Delete this item for good? Folders are deleted with everything in them.</numerusform>
            <numerusform>Delete these %n items for good? Folders are deleted with everything in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Could not delete %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>Deleted %n item</numerusform>
            <numerusform>Deleted %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name of the new folder in %1:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>&quot;%1&quot; is not a valid folder name.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>Could not create the folder %1 in %2.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>Commands, replies and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Log level</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Clear the log</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Clear log</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Message log</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>the server has no authenticator</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>the authenticator gave no files to serve</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>Logged in (%1), serving %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>read-write</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>%1 failed logins: disconnecting</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>Connect to %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connecting to %1 port %2</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>The server closed the connection after the password: %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>The server did not accept the connection</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>The password contains a line break.</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>Login refused for user %1: %2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>The server asks for an account (ACCT), which Ferry does not support: %1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>Login failed (wrong user name or password?): %1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>The server knows no FEAT: using only basic commands.</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>Logged in; current folder %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS established (%1)</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>Cannot use TLS: %1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>&amp;About Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>About Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>Quick Connect</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>Message Log</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 — Ferry</source>
        <translation>%1 — Ferry</translation>
    </message>
    <message>
        <source>No saved sites</source>
        <translation>No saved sites</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>The new language takes effect when Ferry starts again.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Keep running</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>The FTP server is running on port %1.</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>The FTP server is stopped.</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>FTP &amp;Server</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>Show or hide the FTP server panel: share a folder over FTP</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>%n transfer is still running. It stays in the queue, paused, and continues when you resume it after Ferry starts again.</numerusform>
            <numerusform>%n transfers are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>The FTP server has %n connected session; quitting disconnects it.</numerusform>
            <numerusform>The FTP server has %n connected sessions; quitting disconnects them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Quit Ferry?</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>&amp;Site Manager…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;New Site…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>&amp;Quick Connect</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>&amp;Open	Enter</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Upload</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>New &amp;Folder…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copy URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>&amp;Parent Folder</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>Edit &amp;Location</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>Show &amp;Hidden Files</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>&amp;Switch Pane	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>Transfer &amp;Queue</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>&amp;Cancel All Transfers</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>Download the selection to the local folder (Ctrl+T)</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>Upload the selection to the remote folder (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>Connect to S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>New &amp;Tab</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Next Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>P&amp;revious Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
</context>
<context>
    <name>Ferry::MemoryFileSystem</name>
    <message>
        <source>No space left on the device</source>
        <translation>No space left on the device</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>the connection was reset by the other side</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS handshake failed: %1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>the client closed the connection without ending TLS (no close_notify): data may be missing</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>the client closed the connection</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>the server closed the connection without ending TLS (no close_notify): data may be missing</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>the connection failed</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS error %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>No system keychain is available.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>The keychain has no such entry.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>The system keychain refused access.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>The system keychain refused access: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>The system keychain could not be used.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>The system keychain could not be used: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>Transfer failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>Transfers finished with errors</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n transfer done, </numerusform>
            <numerusform>%n transfers done, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Transfers finished</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n transfer done.</numerusform>
            <numerusform>%n transfers done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>host, ftp://, ftpes:// or ftps://user@host/folder</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Last upload</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>Files being edited</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Open again</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>&amp;Upload now</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Stop watching</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>Forget the file: later saves are not uploaded and the temporary copy is deleted</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>the desktop&apos;s default application</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>Upload saved files &amp;automatically</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>%1 uploaded to %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>Editing %1: every save is %2.</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>offered for upload</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>No application opens %1; set an editor command below.</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>Could not start the editor &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> (%n upload)</numerusform>
            <numerusform> (%n uploads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>Upload the saved file?</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>%1 changed on the server since you opened it.</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>%1 was saved. Upload it to %2?</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>Replace the server&apos;s copy with yours?</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>&amp;Overwrite the server&apos;s copy</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Upload</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>&amp;Keep the server&apos;s copy</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>Upload saved files automatically from now on</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 bytes, modified %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>Watching for changes</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>Saved: upload?</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>Checking the server&apos;s copy</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>The transfer queue does not know the server %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Cannot create a temporary folder in %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 is not a file on the server.</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>It was deleted on the server since you opened it.</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>It changed on the server since you opened it: then %1, now %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>the file may be downloaded</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>the folder may be listed</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>enter</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>the folder may be entered</translation>
    </message>
    <message>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>the file may be overwritten</translation>
    </message>
    <message>
        <source>append</source>
        <translation>append</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>data may be appended to the file</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>create files</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>files may be created in the folder</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>create folders</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>folders may be created in the folder</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>it may be deleted</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>delete contents</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>what is in the folder may be deleted</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>it may be renamed</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>its mode may be changed (SITE CHMOD)</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>its time may be changed (MFMT)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>no access</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>MLSD perm fact: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>not defined by RFC 3659</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>As listed: %1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>MLSD UNIX.mode fact: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>Remote files</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>Remote (not connected)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remote: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Select the files or folders to download first.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>A name cannot contain &quot;/&quot;: %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renamed to %1</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Delete on the server</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Delete this item on the server? This cannot be undone; a folder is deleted with everything in it.</numerusform>
            <numerusform>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Deleted on the server.</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>New folder on the server</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name of the new folder in %1:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>&quot;%1&quot; is not a valid folder name.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;Link to: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>There is no site &quot;%1&quot; to work with.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTreeReader</name>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>The name &quot;%1&quot; contains a line break.</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>Could not rename %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>Could not rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>The server sent a reply line longer than %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>The server sent something that is not an FTP reply: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>The server sent a reply of more than %1 lines.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>The server sent a reply of more than %1 bytes.</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1 (transfers NOT encrypted)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Encrypted: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>Could not create a certificate (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validity</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>public key</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>extensions</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerCertificateStore</name>
    <message>
        <source>Cannot create the folder %1 for the server&apos;s certificate.</source>
        <translation>Cannot create the folder %1 for the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>The server&apos;s certificate in %1 is locked by another process.</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>No free passive port between %1 and %2 on %3: %4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>Cannot listen for a data connection on %1: %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Reading the file failed: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Writing the file failed: %1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>The data connection failed after %1 bytes: %2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>the client did not connect within %1 seconds</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>connecting to %1 port %2 timed out</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>No data moved for %1 seconds.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>the server&apos;s thread is still busy with a file operation; try again in a moment</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>Read-write</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>(enter a password)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>A folder to share (or drop one here)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>Choose the folder to share</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Any free port</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>Let the system choose a free port; the URLs show which one.</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>Allow anonymous logins</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>Anonymous users may upload, rename and delete</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>Named users: double-click a cell to change it.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Add a user account</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>Remove the selected user accounts</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>Save passwords in plain text (not recommended)</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>Without this, account passwords are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>Without this, account passwords are not saved: enter them again after Ferry restarts.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>User accounts:</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Connect to this server</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>Open the shared folder in the remote pane, as the first user</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>Connect with</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>&amp;Disconnect session</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>Close the selected sessions (the client gets 421)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Server log</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>Sessions, logins, transfers and file operations appear here.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 is a file, not a folder. Choose a folder to share.</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry may not read the folder %1. Choose another folder or change its permissions.</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>A user account has no name: enter one, or remove the account.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>The user name &quot;%1&quot; contains a space or a colon: choose another name.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>The user &quot;%1&quot; is listed twice: remove one of them.</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>Enter a password for the user &quot;%1&quot; (double-click its password cell).</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>Could not start the server: %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>&amp;Stop server</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Start server</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>The server is stopped.</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>Folder to share</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (read-write)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonymous (read-write)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonymous (read-only)</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>Serving %1 on port %2 to %3.</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>Could not start the server with encryption: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>(not logged in)</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1 (logging in)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation>↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>%1
Connected since %2
Downloaded by the client: %3 bytes
Uploaded by the client: %4 bytes</source>
        <translation>%1
Connected since %2
Downloaded by the client: %3 bytes
Uploaded by the client: %4 bytes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>Current action</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>Encryption (FTPS)</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>Optional: clients choose TLS or clear text (boards)</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>Required: logins and data only over TLS</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>Off: clear text only</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>Copy the certificate&apos;s SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>Copied the fingerprint</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>Certificate
SHA-256:</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>Off: everything, passwords included, crosses the network in clear text.</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>Required: clients must use TLS (ftpes://) to log in and move files.</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>A new language takes effect when Ferry starts again.</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatic (passive, falling back to active)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>Keep both (rename the new one)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>Default transfer &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>&amp;Parallel transfers:</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>When a file &amp;exists:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Speed limit:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Connect timeout:</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>&amp;Reply timeout:</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>Overwrite if newer</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>Overwrite if newer or of another size</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>Resume (continue a smaller file)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>Could not save %1 to %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>The running Ferry did not answer: %1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>Another Ferry is running.</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
</context>
<context>
    <name>Ferry::SiteManagerDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>Site Manager</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>Saved sites</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;New site</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>New site (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>New &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com, 192.168.1.20 or ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>empty for anonymous</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Remember the password in the system &amp;keychain</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>Save the password in plain text (not recommended)</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatic (passive, falling back to active)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>Connections used for transfers; browsing uses one more.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Choose the local folder</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>the login folder</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>&amp;Board preset (NetX Duo / small embedded server)</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>Transfer &amp;connections:</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>&amp;Local folder:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>&amp;Remote folder:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Connect &amp;timeout:</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>Repl&amp;y timeout:</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>&amp;Keep-alive every:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Local folder</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>saved in the keychain</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>Anyone who can read your settings file can read this password.</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>Without either option Ferry asks for the password when it connects.</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>Folder name (use / for a folder inside a folder):</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Delete folder</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>The folder %1 still holds sites: delete or move them first.</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>The password of %1 was not saved: %2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>&amp;Import from FileZilla…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>FileZilla&apos;s site manager file</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>FileZilla sites (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>%n site imported from FileZilla.</numerusform>
            <numerusform>%n sites imported from FileZilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>Press OK to keep them (passwords go to the system keychain).</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>Press OK to keep them.</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>Import from FileZilla</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n note: see the details.</numerusform>
            <numerusform>%n notes: see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>Use TLS if available (FTP, encrypted when the server can)</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>Require explicit TLS (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>Implicit TLS (FTPS, port 990)</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>Clear text only (insecure: passwords readable on the network)</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>Checking the sizes of the uploaded files failed (%1); again in %2 s.</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>The size of the uploaded file could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>Could not get the facts of %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1: the server does not support MLST.</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unexpected answer %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>the other side closed the connection before the end</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>no data moved for %n second</numerusform>
            <numerusform>no data moved for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>Synchronized browsing needs a folder in both panes: connect first.</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>Synchronized browsing: %1 follows %2</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>Synchronized browsing</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>The folder %1 does not exist on the server.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>The folder %1 does not exist on this computer.</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>Create it, so that both panes stay in step?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Create folder</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>The server refused %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>The same on both sides</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>Only on the server</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>Newer on this computer</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>Newer on the server</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>Different size</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>Same size, different content (checksum)</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>A file on one side, a folder or link on the other</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>here %1, server %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>here %1 bytes, server %2 bytes</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>Same size, checksum unknown</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>&amp;Compare Directories</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>Size and Time</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>Size Only</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>Time Only</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>S&amp;ynchronized Browsing</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>Going into a folder in one pane goes to the same folder in the other</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>&amp;Synchronize…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>&amp;Keep Remote Up to Date…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>Open the remote file in an editor and upload it whenever it is saved</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>Edited &amp;Files</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>&amp;Notify When Transfers Finish</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>Keep Remote Up to Date</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>Edited Files</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>Compare &amp;By</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>Create folder on the server</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>Create folder here</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Delete on the server</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Delete here</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>only on this computer</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>only on the server</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>only on this computer (extras are deleted)</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>only on the server (extras are deleted)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>checksum unknown</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>modification time unknown</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>The transfer queue does not know the server %1.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>Cannot delete the folder %1 (is it empty?).</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>Listing %1: %n folder, %2 entries</numerusform>
            <numerusform>Listing %1: %n folders, %2 entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Listing %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>Comparing checksums: %1 of %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Synchronize</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Choose the local folder</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>Upload: make the server like this computer</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>Download: make this computer like the server</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>Both ways: the newer file wins</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>&amp;Modification time</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>C&amp;hecksum</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>&amp;Delete files and folders that only the target has</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>everything (e.g. *.bin *.cfg)</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>nothing (e.g. *.o .git/ build/)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>&amp;Local folder:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>&amp;Remote folder:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Compare by:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Include:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclude:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planned actions</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Check &amp;none</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>Put the checked actions on the transfer queue</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>Connect to the server first.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>The remote folder must be an absolute path (starting with /).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>Leave (conflict)</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — neither side can be said to be right</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>Nothing to do: the folders are in step (%n entry compared).</numerusform>
            <numerusform>Nothing to do: the folders are in step (%n entries compared).</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>Uncheck what should not happen, then Run.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>; %n conflict left alone</numerusform>
            <numerusform>; %n conflicts left alone</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>Running: %1 of %2 done, %3 failed</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>Finished: %1 done, %2 failed:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>Finished: the %n action is done.</numerusform>
            <numerusform>Finished: all %n actions done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>Queued %n action: see the transfer queue.</numerusform>
            <numerusform>Queued %n actions: see the transfer queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>cannot connect to %1 port %2</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>the connection could not be set up</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>Could not save the servers&apos; clock offsets to %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS established (%1)</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>TLS on the control connection failed: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Cannot start TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>No PEM certificate found (%1).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>The private key is protected by a passphrase; the server needs it without one.</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>No PEM private key found (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>The private key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 and %2: %3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>The certificate cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>The server has no certificate.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Cannot set up TLS: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Cannot start TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>transfer %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>Connect to a server first: uploads go to the folder shown on the right.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 does not exist any more.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Uploading %n item to %1</numerusform>
            <numerusform>Uploading %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>Choose a local folder to download to first.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Downloading %n item to %1</numerusform>
            <numerusform>Downloading %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>Could not queue %1: %2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>Downloading for the drop…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>The transfer queue of the last run could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>%n unfinished transfer from the last run is paused in the queue. Connect to its server and press Resume to continue.</numerusform>
            <numerusform>%n unfinished transfers from the last run are paused in the queue. Connect to their server and press Resume to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>Upload of %1 failed: %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Download of %1 failed: %2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>Transfers complete</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 refused: %3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>Directory send OK.</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>Transfer complete.</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>Insufficient storage space: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Writing the file failed: %1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>The client closed the control connection before the upload was confirmed: the upload was discarded.</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>Transfer complete (unique file name: %1).</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>Could not remove the partial upload %1: %2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>Transfer aborted: %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>Cannot open the data connection.</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>Connection closed; transfer aborted.</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>Local error: reading the file failed.</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>Insufficient storage space.</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>Local error: writing the file failed.</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>Data connection: %1, TLS session resumed</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>Data connection: %1, new TLS session</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>SSL connection failed.</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>SSL connection failed: session reuse required.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>The transfer engine has stopped.</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>The transfer engine did not stop within %1 s.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>Server refused the download of %1</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>Server refused the upload of %1</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>The server cannot resume transfers (REST)</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Re&amp;sume</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Re&amp;move from List</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Pause &amp;All</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>Resume A&amp;ll</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>C&amp;lear Finished</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Queue (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Completed (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Failed (%1)</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>No transfers. Drag files between the panes, or select them and press Ctrl+T.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>There is no site &quot;%1&quot; to transfer with.</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>The local path &quot;%1&quot; is not absolute.</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>The remote path &quot;%1&quot; is not absolute (it must start with /).</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>Cannot save the transfer queue to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>Cannot read the transfer queue %1: %2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>A job in the queue file lacks its site, direction or state.</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>A job in the queue file lacks its local or remote path.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>The job number %1 is taken.</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>The transfer queue %1 cannot be used (%2); it was kept as %3.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>damaged: %1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>not a Ferry transfer queue</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>written by a newer Ferry</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueueModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Upload of %1 to %2 on %3</source>
        <translation>Upload of %1 to %2 on %3</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>Download of %1 from %2 to %3</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%1 of %2 files done, %3 skipped, %4 failed</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>%n failure retried</numerusform>
            <numerusform>%n failures retried</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 of %3 files)</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>Listing folders…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1 (%n retry)</numerusform>
            <numerusform>%1 (%n retries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferScheduler</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>There is no site &quot;%1&quot; to transfer with.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>Could not connect (%1); trying again in %2 s.</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>Listing failed (%1); trying again in %2 s.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>Cannot download %1: %2 is a folder.</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 exists; nobody to ask, so it is skipped.</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 failed (%2); attempt %3 of %4 in %5 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>%1 of %2 files failed. First: %3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>The partial upload %1 could not be deleted: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>The settings file %1 is damaged and could not be set aside: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>Choose the folder to watch</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>Delete on the server what is deleted here</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>Upload what differs first</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>Last uploads and errors</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Watch:</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>&amp;Upload to:</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>&amp;Ignore:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connect to a server first.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>The remote folder must be an absolute path (starting with /).</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>Folder created</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation> (busy)</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>The transfer queue does not know the server %1.</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Invalid file name: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No such folder: %1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 leads outside the shared folder.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Not a folder: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permission denied: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Cannot start reading %1 at byte %2.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>Could not open %1 for writing: %2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>Cannot resume %1 at byte %2: the file has %3 bytes.</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>Could not resume %1 at byte %2: %3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permission denied: cannot create %1.</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>The root folder cannot be removed.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>The folder %1 is not empty.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Could not remove the folder %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 is a folder: use RMD.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Could not delete %1: %2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>The root folder cannot be renamed.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>A folder named %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>Cannot move %1 into itself.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Could not rename %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Invalid file name: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No such folder: %1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Not a folder: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Cannot start reading %1 at byte %2.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permission denied: %1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>Cannot resume %1 at byte %2: the file has %3 bytes.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permission denied: cannot create %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>The folder %1 is not empty.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 is a folder: use RMD.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>Cannot move %1 into itself.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>A folder named %1 already exists.</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>The TLS/SSL connection has been closed</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>anonymous access is disabled</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
</context>
</TS>
