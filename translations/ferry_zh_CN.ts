<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>Ferry::CertificateDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
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
        <translation>电子邮件: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(无名称)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>尚未生效 (自 %1 起)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>连接未加密。</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>受信任：系统证书存储为此证书及其名称作保。</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>通过指纹受信任：它是为此服务器指定的，或者您在本次会话中为到此服务器的另一个连接接受了它。</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>受信任，因为您选择了始终信任此服务器的这个证书。</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>受信任，因为您为此连接接受了它。</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>文件传输和列表未加密（服务器不接受 PROT P）。</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>未知证书</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>警告：证书已更改</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>始终信任此服务器的新证书（替换之前信任的证书）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>始终信任此服务器的此证书(&amp;A)</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry 会为 %1 保存这个证书；如果服务器出示其他证书，Ferry 会再次警告您。</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>信任新证书(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>%1 的证书不受信任。</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry 无法确认它是在与此服务器通信，而不是与中间的某人通信。在信任之前，请将下面的 SHA-256 指纹与服务器管理员提供的指纹（Ferry 服务器会在其面板中显示）进行比较。</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>警告：%1 的证书已更改。</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>您之前信任的是此服务器的另一个证书。可能有人在拦截连接，或者服务器管理员安装了新证书。除非您知道更改的原因，否则不要连接：请向管理员索取新的指纹。</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>系统验证的结论：</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>之前信任的指纹：</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>现在出示的指纹：</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— 此证书不是为此名称颁发的</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1（服务器的）</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1（颁发者，第 %2 级）</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>证书链(&amp;C)：</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(无证书)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>自签名（颁发者就是主题本身：没有人为它作保）</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(无名称)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>没有适用于 %1 的校验和方法。</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>服务器拒绝了 %1</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>无法获取 %2 的 %1 校验和</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1：意外的应答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>详细列表，每行一个条目，类似 `ls -l`：类型和权限、以字节为单位的大小、修改时间和名称。</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>续传：如果部分文件 .NAME.ferry-part 存在，则从其大小处继续下载（REST）；下载失败或中断时保留该文件。</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>以 NAME 登录（代替 URL 中的用户；默认：anonymous）。</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>使用 PASSWORD 登录（代替 URL 中的密码）。本机的其他用户可能看到命令行：建议使用环境变量 FERRY_PASSWORD。</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>主动模式：服务器连接到 ferry 传输数据（EPRT/PORT）。</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>被动模式：ferry 连接到服务器传输数据（EPSV/PASV）。默认：被动，服务器拒绝时回退为主动。</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>在标准错误上输出与服务器的控制对话（密码已隐藏）和传输摘要。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>列出远程目录，或显示单个文件。</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>列出 URL 指向的目录（ftp://host/ 为登录目录）；如果 URL 指向文件，则显示该文件。在标准输出上每行输出一个名称，已排序，目录末尾带 &apos;/&apos;；超过 10,000 个条目的列表会在到达时按服务器的顺序输出。使用 -l 时，每行一个条目，类似 `ls -l`：类型和权限（服务器未提供的部分为 &apos;?&apos;；对于只说明本次登录可执行操作的服务器，即第一组三位），以字节为单位的大小、修改时间（本地时间，YYYY-MM-DD HH:MM）、名称，符号链接还带有 &apos; -&gt; 目标&apos;。不显示 &apos;.&apos; 和 &apos;..&apos; 条目。</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>下载文件。</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>将 URL 指向的文件下载到 LOCAL。不指定 LOCAL 时，文件以远程名称保存在当前目录；如果 LOCAL 是目录，文件以远程名称保存到其中；&apos;-&apos; 表示将文件写到标准输出。数据先写入目标旁边的临时文件 .NAME.ferry-part，只有整个文件接收完毕后才重命名为 NAME（替换已有文件）。失败或按 Ctrl-C 时删除临时文件，除非指定了 -c。</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>上传文件。</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>将本地文件 LOCAL 上传到 URL，替换同名的远程文件。如果 URL 以 &apos;/&apos; 结尾，文件以本地名称上传到该目录。</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>创建远程目录。</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>创建 URL 指向的目录。其父目录必须存在。</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>删除远程文件。</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>删除 URL 指向的文件。目录请用 rmdir 删除。</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>删除空的远程目录。</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>删除 URL 指向的目录。服务器只删除空目录。</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>重命名或移动远程文件或目录。</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>将 URL 指向的文件或目录重命名为 NEWNAME。NEWNAME 相对于包含该条目的目录，除非它以 &apos;/&apos; 开头（服务器上的绝对路径）或是同一服务器上的 ftp:// URL；除非是 URL，否则不进行百分号解码。</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>通过 FTP 共享本地文件夹，直到按 Ctrl-C。</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>在本地文件夹上运行 Ferry 的 FTP 服务器（参见 ferry serve --help）。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>操作失败：服务器拒绝了操作（文件不存在、权限被拒绝等）</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>用法错误：命令行或 URL 有误</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>连接或登录失败：找不到主机、连接被拒绝或断开、超时、密码错误</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>本地 I/O 错误：无法读取、写入或重命名本地文件</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>已中断（Ctrl-C 或 SIGTERM）</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>当 --password 和 URL 都未提供密码时，指定用户（--user 或 URL 中的用户）使用的密码。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>用 URL 代替命令时不能再带其他参数；要对它执行命令，请输入例如 &apos;ferry ls %1&apos;。</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>此版本的 ferry 没有图形界面，无法打开 %1；请使用 &apos;ferry ls %1&apos; 之类的命令。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>参数过多（用法：ferry help [命令]）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>缺少参数（用法：%1）。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>参数过多（用法：%1）。</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>请选择 --active 或 --passive，不能同时使用。</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>用法：ferry 命令 [选项] 参数</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  打开主窗口</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry 在 FTP 服务器之间上传和下载文件，适用于从桌面到小型开发板的各种设备。数据输出到标准输出，消息输出到标准错误。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>显示命令的帮助（或：ferry 命令 --help）。</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>所有命令的选项：</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>其他选项：</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>用法：ferry %1 [选项] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry：此版本没有图形界面。</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>运行 &apos;ferry --help&apos; 了解更多信息。</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>运行 &apos;ferry %1 --help&apos; 了解更多信息。</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>运行 &apos;ferry serve --help&apos; 了解更多信息。</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>将文件夹镜像到服务器或从服务器镜像。</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>使 DEST 成为 SRC 的副本，其中一个是本地文件夹，另一个是 ftp:// URL（参见 ferry mirror --help）。</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>运行 &apos;ferry mirror --help&apos; 了解更多信息。</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[用户[:密码]@]主机[:端口]/路径，例如 ftp://alice@192.168.1.10/logs/today.txt、ftp://[::1]:2121/dir/。端口默认为 21；不指定用户时，ferry 以 anonymous 登录。名称可以使用百分号编码（a%20b.txt、%C3%A9）。路径相对于登录目录；ftp://host/%2Fetc/motd 或 ftp://host//etc/motd 表示绝对路径 /etc/motd。末尾的 &apos;/&apos; 表示目录。ftpes:// 要求 TLS（AUTH TLS），ftps:// 为隐式 TLS（端口 990）；ftp:// 在服务器提供时使用 TLS 加密，并通过 -v 显示。</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>URL %1 没有指向目录。</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>URL %1 指向的是目录而不是文件；目录请使用 rmdir。</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>URL %1 没有指向可重命名的对象。</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>这不是与服务器通信的命令。</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>URL %1 指向目录；get 只下载单个文件。</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 是目录。</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>不支持从标准输入上传；请指定文件。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：没有该文件。</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 是目录；put 只上传单个文件。</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>新名称为空。</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 位于另一台服务器上；mv 只能在同一台服务器上重命名。</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>URL %1 没有给出新名称。</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1：没有该文件或目录。</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>无法读取此列表行：%1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>从第 %2 字节处继续 %1。</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>未完成的下载保留在 %1 中；再次运行同一命令即可续传。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>已下载 %1 字节到 %2，用时 %3 秒（%4）。</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>已上传 %1 字节到 %2，用时 %3 秒（%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>另有 %n 行列表无法读取。</numerusform>
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
        <translation>缺少参数（用法：ferry mirror SRC DEST）。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>参数过多（用法：ferry mirror SRC DEST）。</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>SRC 和 DEST 中必须一个是 ftp:// URL，另一个是本地文件夹。</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel 需要 1 到 32 之间的数字。</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>请选择 --active 或 --passive，不能同时使用。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 个文件，跳过 %4，失败 %5，%6 / %7，%8/s，剩余时间 %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>已传输 %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>已跳过 %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry：已中断
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>失败：
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>已删除 %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry：无法删除 %1：%2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>镜像（%1）：已传输 %2，跳过 %3，失败 %4，删除 %5，%6，用时 %7 秒（%8）
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>download</source>
        <translation>下载</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch 上传本地文件夹：请与本地 SRC 一起使用，不要与 --dry-run 或 --compare 同用。</translation>
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
        <translation>用法：ferry mirror [选项] SRC DEST

使 DEST 成为 SRC 的副本。两者中一个是文件夹的 ftp:// URL，另一个是本地
文件夹：本地的 SRC 会被上传，远程的 SRC 会被下载。SRC 的内容放入 DEST，
DEST 不存在时会被创建。DEST 中已存在的文件，如果大小不同或源文件更新，
则被替换，否则跳过。暂时性错误会重试，服务器支持时从中断处继续；上传会
经过校验。下载会保留远程的时间。

选项：
      --parallel N      同时最多使用 N 个连接（默认：3，开发板服务器为 1）。
      --newer-only      只传输 DEST 中缺少或 SRC 中更新的文件。
      --dry-run         在标准输出上列出将要传输（以及使用 --delete 时将要
                        删除）的内容，每个操作一行并附原因；不做任何更改。
      --include GLOB    只处理相对路径、名称或某个上级文件夹匹配 GLOB 的
                        文件（*、?、[...]；&apos;*&apos; 不跨越 &apos;/&apos;；可重复）。
      --exclude GLOB    排除相对路径、名称或某个上级文件夹匹配 GLOB 的文件
                        （可重复）。
      --delete          传输无失败完成后，删除 DEST 中 SRC 没有的文件和
                        文件夹。被 --include/--exclude 排除的文件会保留。
      --compare         列出 SRC 与 DEST 之间的差异，每个路径一行并附原因
                        （-v：相同的也列出）；不做任何更改。没有差异时退出
                        状态为 0，否则为 1。
      --checksum        按服务器的校验和（HASH、XSHA256、XSHA1、XMD5 或
                        XCRC）而不是时间比较大小相同的文件。
      --watch           镜像完成后，继续上传 SRC（本地文件夹）中的更改，每次
                        上传一行；使用 --delete 时也删除被删除的内容；
                        --exclude 匹配的内容不被监视。Ctrl+C 停止。
      --user NAME       以 NAME 登录（代替 URL 中的用户）。
      --password PASSWORD
                        使用 PASSWORD 登录（或设置 FERRY_PASSWORD）。
      --active          主动模式：服务器连接到 ferry 传输数据。
      --passive         被动模式（默认，失败时回退为主动）。
  -v, --verbose         每个已传输、跳过或删除的文件，以及每次重试或失败，
                        各输出一行。
  -h, --help            显示此帮助。
      --tls MODE        auto、require、implicit 或 off（覆盖 URL 的协议：
                        ftp://、ftpes://、ftps://）。
      --fingerprint SHA256
                        信任具有此 SHA-256 的服务器证书。
      --cacert FILE     信任 FILE 中的 CA 或服务器证书。

在终端上，标准错误会为每个正在进行的传输显示一行，并显示总计。结束时输出
摘要：已传输、跳过、失败、删除的文件数，字节数和用时。

退出状态：0 全部镜像完成，1 部分文件失败（列在标准错误中）或服务器拒绝，
2 用法错误，3 连接或登录失败，4 本地 I/O 错误，130 已中断（Ctrl-C）。
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>无法打开服务器上的文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>服务器时钟快 %1 秒（从之前的上传中得知）。
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>已比较 %n 个路径：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n 个不同。
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>将传输 %1（%2）
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>将创建 %1/（%2）
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>将删除 %1%2（%3）
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>将保留 %1（%2）
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>试运行：待传输 %1 个（%2），待删除 %3 个，未变 %4 个；没有做任何更改。
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>正在监视 %1（Ctrl+C 停止）...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>已上传 %1（%2）
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>已删除 %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>已创建 %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>失败 %1：%2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>服务器时钟比本机快 %1 秒。
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>已停止监视：上传 %1 个，删除 %2 个，失败 %3 个。
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>参数过多（用法：ferry serve [DIR] [选项]）。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port 需要 0 到 65535 之间的数字（0：任意空闲端口），而不是“%1”。</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind 需要 IPv4 或 IPv6 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user 需要 NAME:PASSWORD[:rw|ro]，例如 --user alice:secret:rw，而不是“%1”。</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports 需要 1024 到 65535 之间的端口范围 A-B，例如 50000-50999。</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry：无法创建要共享的文件夹 %1；请指定文件夹：ferry serve DIR
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry：%1 不是文件夹。
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1（读写）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>匿名（读写）</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>匿名（只读）</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry：无法启动服务器：%1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>按 Ctrl-C 停止。
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>正在停止。</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after 需要一个登录失败次数（0：从不封禁）。</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry: 无法使用证书：%1
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
        <translation>ferry: 不使用 FTPS 提供服务：%1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS：关闭。
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS：必需（端口 %1 上的 AUTH TLS</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS：可选（端口 %1 上的 AUTH TLS</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>，端口 %1 上的隐式 TLS</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>；数据连接必须恢复 TLS 会话）。
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>证书 SHA-256 指纹：%1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>证书（自签名，刚刚生成）：%1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>证书（自签名）：%1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls 取值为 off、optional 或 required，而不是“%1”。</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert 和 --key 必须一起使用：证书（PEM）及其私钥。</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port 取值为 0 到 65535 的数字（0：任意空闲端口），而不是“%1”。</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off 不能与 --cert、--implicit-port 或 --tls-require-reuse 一起使用。</translation>
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
        <translation>用法：ferry serve [DIR] [选项]

通过 FTP（IPv4 和 IPv6）共享文件夹 DIR，直到按 Ctrl-C。先输出对方需要输入的 URL，然后每个
会话、登录、传输和文件操作各输出一行。不指定 DIR 时共享您的“公共”文件夹；不指定 --user 时，
任何人都可以以 anonymous 只读登录。日志中从不出现密码。

选项：
      --port N          在端口 N 上监听（默认 2121；0：任意空闲端口）。
      --bind ADDR       只在 ADDR 上监听（可重复；默认：本机的所有 IPv4 和 IPv6 地址）。
      --user NAME:PASSWORD[:rw|ro]
                        允许 NAME 使用 PASSWORD 登录，读写（rw，默认）或只读（ro）。
                        可重复。
      --anonymous       同时允许匿名登录（未指定 --user 时的默认行为）。
      --writable        允许匿名用户上传、重命名和删除。
      --passive-ports A-B
                        在 A-B 中选择被动数据端口（用于防火墙；默认 50000-50999）。
      --max-sessions N  最多同时服务 N 个会话（默认 32）。
      --max-per-address N
                        每个客户端地址最多 N 个会话（默认 8）。
      --ban-after N     某地址在 10 分钟内（计其所有连接）登录失败 N 次后，在 --ban-minutes
                        时间内拒绝它（默认 10；0：从不）。每次失败还会进一步推迟对该地址的
                        下一个应答。
      --ban-minutes M   拒绝此类地址的时长（分钟，默认 15）。
      --tls off|optional|required
                        FTPS（RFC 4217）。optional（默认）：客户端可以使用 TLS（AUTH TLS），
                        明文仍然可用（开发板）；required：登录和数据连接仅通过 TLS；
                        off：仅明文。
      --cert FILE --key FILE
                        证书（PEM，其后为证书链）及其私钥。默认：首次使用时生成并保存在
                        Ferry 数据文件夹中的自签名证书（启动时打印其指纹）。
      --implicit-port N 同时在端口 N 上监听隐式 FTPS（连接起即 TLS，ftps://）
                        （0：任意空闲端口）。
      --tls-require-reuse
                        拒绝未恢复控制连接 TLS 会话的 TLS 数据连接（522），与 vsftpd 的
                        默认行为相同。
  -v, --verbose         同时记录每条命令和应答。
  -h, --help            显示此帮助。

小型开发板（NetX Duo FTP 客户端）按其预期方式服务。退出状态：Ctrl-C 后为 0，2 用法错误，
3 无法打开端口，4 文件夹不存在。
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>正在端口 %2 上向 %3 提供 %1。
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>连接方式：
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>加密：auto（服务器提供时使用 TLS；ftp:// 的默认值）、require（显式 TLS；ftpes://）、implicit（从第一个字节起使用 TLS；ftps://，端口 990）或 off。覆盖 URL 的协议。</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>信任 SHA-256 指纹为 SHA256（十六进制，冒号可选）的服务器证书，即使它是自签名的或名称不匹配。</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>信任 FILE（PEM 或 DER）中的证书：签署服务器证书的 CA，或服务器自己的证书。</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>加密：auto（服务器提供时使用 TLS，ftp:// 的默认值）、require（ftpes://）、implicit（ftps://，端口 990）或 off。覆盖 URL 的协议。</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>信任具有此 SHA-256 指纹（十六进制，冒号可选）的服务器证书，即使它是自签名的。</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>信任 FILE（PEM 或 DER）中的证书：服务器自己的证书或签署它的 CA。</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls 取值为 auto、require、implicit 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint 取值为 SHA-256 指纹：64 位十六进制数字，冒号可选（而不是“%1”）。</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>如果这是服务器的证书，请使用 --fingerprint %1（或包含该证书或其 CA 的 --cacert FILE）重新运行。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 不包含证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>%1:%2 的证书在您信任之后已更改：其 SHA-256 指纹现在是 %3，之前是 %4。可能有人在拦截连接；已拒绝。如果服务器的证书确实已更换，请向其管理员核实新指纹，并使用 --fingerprint %3 重新运行。</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>未加密（明文）。</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>系统信任的证书</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>通过指纹固定的证书</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>之前已为此服务器信任的证书</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>已为此连接接受的证书</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>已加密：%1；%2。</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>此 Qt 版本不支持 TLS（%1）</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>数据连接的 TLS 经由 Qt：%1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>控制连接没有可供比较的证书</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>连接尚未就绪</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>无法设置 TLS：%1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>控制连接尚无可恢复的 TLS 会话</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>无法读取控制连接的 TLS 会话：%1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>无法恢复控制连接的 TLS 会话</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>无法提供控制连接的 TLS 会话：%1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>无法启动 TLS：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>服务器未在数据连接上出示证书</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>数据连接的证书（%1，SHA-256 %2）不是控制连接所接受的证书</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>无法读取当前文件夹</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>无法切换到文件夹 %1</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>无法删除文件夹 %1</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>无法获取 %1 的大小</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>无法获取 %1 的修改时间</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>服务器不接受 NOOP</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>服务器不接受 QUIT</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>服务器拒绝了“%1”</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1：服务器不支持 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>“%1”不是单行命令。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>服务器对 PWD 的应答中没有文件夹：%1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1：意外的应答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>本机比服务器上的新</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>服务器上的比本机旧</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>本机比服务器上的旧</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>服务器上的比本机新</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>仅一侧有</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>较新（较旧：灰色）</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>文件/文件夹</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>目录比较：标记显示每个条目与另一窗格中文件夹的差异；将指针移到条目上可查看大小和时间。</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>无法建立该连接</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>数据已加密</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>数据未加密</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>正在断开连接…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>已断开与 %1 的连接。</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>请输入主机名或 ftp:// URL。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
%3 上 %2 的密码：</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>钥匙串中没有此站点的密码（%1）。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>新标签页</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>正在等待 %1 的空闲会话…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>正在等待空闲会话：%1 同时只能提供 %n 个会话，且全部在使用中（标签页 %2 个，传输 %3 个）。一旦有空闲会话，此标签页就会连接；关闭此服务器上的另一个标签页即可释放一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>未连接。上次运行 Ferry 时，此标签页连接到 %1。按“连接”即可返回（Ferry 不保存密码）。</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>未连接。上次运行 Ferry 时，此标签页显示的是 %2 的文件夹“%1”。按“连接”即可返回该处（Ferry 不保存密码）。</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>%1 的证书仅对此连接受信任：Ferry 无法将其保存到 %2 以供下次使用。</translation>
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
        <translation>关闭标签页？</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>有 %n 个与 %1 之间的传输正在排队或进行中。它们使用各自的连接，关闭此标签页后仍可继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>关闭，传输继续(&amp;T)</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>关闭并取消传输(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>保留标签页(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>%1 上的服务器发送了非 FTP 应答的内容（%2）。</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>服务器 %1 拒绝了连接：该端口上是否运行着 FTP 服务器？</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>服务器 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 接受了连接，但在 %2 秒内没有发送欢迎信息。小型开发板服务器的会话可能已全部占用：请关闭与它的其他连接后重试。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>服务器 %1 在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>无法使用 TLS 连接到 %1：%2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>%1:%2 的证书不受信任（%3），未被接受。其 SHA-256 指纹为 %4。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 在 TLS 握手期间关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>与 %1 端口 %2 的 TLS 握手失败（%3）：这是隐式 FTPS（ftps://）端口吗？在该端口使用明文的服务器需要 ftp:// 或 ftpes://。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>与 %1 的 TLS 握手未在 %2 秒内完成。</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS 已处于活动状态。</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>无法在 %1 上监听数据连接：%2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>无法写入下载的数据：%1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>无法读取要上传的文件：%1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>服务器没有在 %1 秒内打开数据连接。</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>%1 秒内没有数据传输：传输已停滞。</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>上传 %1 字节后数据连接失败：%2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>%1 字节后数据连接失败：%2；下载不完整。</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>已拒绝来自 %1 端口 %2 的数据连接：不是客户端的地址</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>已拒绝到 %1 的主动数据连接：不是客户端的地址</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>已拒绝到端口 %1 的主动数据连接</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>没有要传输的本地文件。</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>已没有可用的数据连接方式：服务器全部拒绝了。</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>无法打开数据连接：%1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1；尝试 %2</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 无法表示地址 %2</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>服务器拒绝了二进制模式</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>无法理解 EPSV 应答：%1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>无法理解 PASV 应答：%1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>服务器要求连接到 %1 建立数据连接；改用 %2</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>无法连接到服务器的数据端口（%1）：%2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1：%2（传输在 %3 字节后中断）</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>服务器尚未响应已中止的传输；正在重新同步</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 个仅本机有</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 个仅服务器有</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 个本机较新</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 个服务器较新</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 个大小不同</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 个内容不同</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 个文件/文件夹冲突</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>两个文件夹相同</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>可能已达到系统监视文件数的上限</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>已达到系统监视文件夹数的上限（fs.inotify.max_user_watches）</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>DELE %1 失败：%2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>MKD %1 失败：%2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>已创建文件夹 %1</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>RMD %1 失败：%2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>已删除文件夹 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>将 %1 重命名为 %2 失败：%3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1，修改于 %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>续传(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>服务器上已存在 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已存在。</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>现有文件：</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>您的文件：</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>服务器上的文件：</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>现有文件较旧。</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>现有文件较新。</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>替换现有文件</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>从现有文件处续传：它较小，像是之前的传输中途停止了</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>以空闲名称（如“名称 (1).ext”）传输</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>保留现有文件不变</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>对所有其他已存在的文件执行相同操作(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+左）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+右）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>上级文件夹（Alt+上、Backspace）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>显示隐藏文件</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>显示隐藏文件（Ctrl+H）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>位置（Ctrl+L）：输入文件夹并按回车</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>只显示包含此文本的名称；* 和 ? 为通配符</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>无法续传 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>%1 的下载在 %3 字节中的 %2 字节处结束。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>服务器上没有可用于 %1 的空闲名称。</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>校验失败：上传后服务器上没有 %1。</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>校验失败：服务器报告成功，但 %3 只保存了 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>未校验 %1 的校验和：服务器拒绝了 %2（%3）。</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>未校验 %1 的校验和：服务器对 %2 的应答为“%3”。</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>校验失败：服务器上 %2 的 %1 为 %3，本地文件的为 %4。</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>无法删除未完成的上传 %1：%2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>此次上传经由 EPSV，而该服务器会丢失此类上传：今后向它的上传改用 PASV (IPv4) 或 EPRT (IPv6)。</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>已跳过一个没有主机的站点（%1）。</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>已跳过 %1：未知协议 %2。</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>已跳过 %1：Ferry 支持 FTP 和 FTPS，不支持 %2。</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>协议 %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>无法解码保存的密码。</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla 用主密码保护此密码：请输入一次。</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>密码以 Ferry 无法读取的方式保存（%1）。</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla 每次都会询问此密码。</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>此站点使用密钥文件登录。</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>文件夹嵌套过深。</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>未命名文件夹</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>这不是 FileZilla 站点管理器文件（它以 &lt;%1&gt; 开头）。</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>无法将该文件读取为 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>这不是 FileZilla 站点管理器文件（其中没有站点）。</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 已在站点管理器中。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>没有可用的系统钥匙串，因此未导入密码：Ferry 会在连接时询问。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 太大，不可能是 FileZilla 站点管理器文件。</translation>
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
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>无法监视 %1：%2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>无法监视 %1：%2。其中的更改可能会被遗漏。</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>被监视的文件夹 %1 已不存在；已停止监视。</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>请输入主机名或 ftp:// URL。</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>名称“%1”包含换行符，无法发送到 FTP 服务器。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServer</name>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 不可用（%1）：仅在 IPv4 上监听。</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>没有可监听的地址。</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>找不到在所有地址上都空闲的端口。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>已停止监听</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>服务器正在关闭。</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>已被服务器管理员断开。</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>连接过多（%1）：请稍后重试。</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>来自您地址的连接过多（%1）：请稍后重试。</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>已拒绝来自 %1 的连接：%2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>重新开始接受连接（期间拒绝了 %1 个）</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>无法接受新连接：%1。将重试。</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>无法接受新连接：%1（此进程可打开的文件和连接上限：%2）。在有连接关闭之前，新连接将被拒绝。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 因登录失败次数过多，还将被封禁 %2 分钟（来自它的后续连接将被拒绝，不再记录日志）</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS 需要证书及其密钥。</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>隐式 FTPS 端口需要 TLS（TLS 策略已关闭）。</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>%1 上的隐式 FTPS</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>无法在 %1 上监听隐式 FTPS：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>正在关闭会话：%1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>已忽略超过 %1 字节的命令行</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>已拒绝 %1 %2：只读会话</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>被客户端中止</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>控制连接已关闭</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>%1 秒后断开（下载 %2 字节，上传 %3 字节）</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>超时：%1 秒内没有命令。</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>超时：%1 秒内未登录。</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>已连接（隐式 TLS）</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>已取消：连接已关闭。</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>服务器关闭了会话：%1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>未执行：轮到此操作前连接已断开（%1）</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 不在服务器上（不在 %2 的列表中）。</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>无法打开服务器上的文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>无法上传 %1：%2 在服务器上是文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>损坏的符号链接：已跳过。</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>指向文件夹的符号链接：不跟随。</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>指回正在上传的文件夹的符号链接（循环）：已跳过。</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>嵌套超过 %1 层的文件夹：已跳过。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>无法在服务器上创建文件夹 %1：已存在同名文件。</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>不是普通文件：已跳过。</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>无法上传 %1：服务器上已存在同名文件夹。</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>含有路径分隔符的名称无法保存到本地：已跳过。</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>指回正在下载的文件夹的链接（循环）：已跳过。</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>既不是普通文件也不是文件夹：已跳过。</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>指向文件夹的符号链接，服务器未显示其目标：不跟随。</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>指回正在下载的文件夹的符号链接（循环）：已跳过。</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>服务器拒绝发送 MLST 信息 %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>无法列出当前文件夹</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>无法列出 %1</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>服务器的文件名不是 UTF-8：此连接改用 Latin-1。</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>无法解析列表行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>另有 %n 行列表无法解析。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LocalFileModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalHasher</name>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>无法读取 %1 以计算其校验和：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalPane</name>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Local files</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>已重命名为 %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>无法读取文件夹 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>请先选择要上传的文件或文件夹。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>永久删除 %1？文件夹将连同其中的所有内容一起删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>永久删除这 %n 个项目？文件夹将连同其中的所有内容一起删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>已删除 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>%1 中新文件夹的名称：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>“%1”不是有效的文件夹名。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>无法在 %2 中创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;文件夹：%2&lt;br&gt;类型：%3&lt;br&gt;大小：%4&lt;br&gt;修改时间：%5&lt;br&gt;权限：%6&lt;br&gt;所有者：%7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>命令、应答和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清除日志</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>清除日志</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>服务器没有认证器</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>认证器没有提供要服务的文件</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>已登录（%1），正在提供 %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>用户“%1”登录失败（%2），第 %3 次尝试，共 %4 次</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>登录失败 %1 次：正在断开</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>已拒绝“%1”的登录，未检查密码：此地址因登录失败次数过多，还将被封禁 %2 分钟</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%2 在 %3 分钟内登录失败 %1 次：来自此地址的连接将被拒绝 %4 分钟</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>正在连接到 %1 端口 %2</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>发送密码后服务器关闭了连接：%1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>服务器不接受连接</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>密码包含换行符。</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>用户 %1 的登录被拒绝：%2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>服务器要求提供账户（ACCT），Ferry 不支持：%1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>登录失败（用户名或密码错误？）：%1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>服务器不支持 FEAT：只使用基本命令。</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>已登录；当前文件夹 %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>已建立 TLS（%1）</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>无法使用 TLS：%1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 不提供 TLS（AUTH：%2），而加密是必需的。要在不加密的情况下连接，请使用 ftp:// 或 TLS 模式 auto。</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>服务器不提供 TLS（%1）：连接未加密，密码和文件以明文传输。</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 拒绝加密数据连接（PROT P：%2），而加密是必需的。要接受明文数据连接，请使用 ftp:// 或 TLS 模式 auto。</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>服务器拒绝加密数据连接（%1）：文件以明文传输，密码和命令已加密。</translation>
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
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>关于 Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>关于 Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;通过 FTP 传输文件，适用于开发板和桌面。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>快速连接</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 — Ferry</source>
        <translation>%1 — Ferry</translation>
    </message>
    <message>
        <source>No saved sites</source>
        <translation>没有已保存的站点</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>新语言将在 Ferry 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>FTP 服务器正在端口 %1 上运行。</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>FTP 服务器已停止。</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>FTP 服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>显示或隐藏 FTP 服务器面板：通过 FTP 共享文件夹</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n 个传输</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>仍有 %n 个传输正在进行。它们将以暂停状态保留在队列中，Ferry 再次启动后恢复即可继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>FTP 服务器有 %n 个已连接的会话；退出将断开这些会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>退出 Ferry？</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>站点管理器(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>新建站点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>快速连接(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>打开(&amp;O)	Enter</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>上级文件夹(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>编辑位置(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>切换窗格(&amp;S)	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>传输队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>取消所有传输(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>将所选内容下载到本地文件夹（Ctrl+T）</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>将所选内容上传到远程文件夹（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>连接到站点(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>新建标签页(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>上一个标签页(&amp;R)</translation>
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
        <translation>设备上没有剩余空间</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>连接被对方重置</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>客户端在未结束 TLS 的情况下关闭了连接（无 close_notify）：数据可能缺失</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>客户端关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>服务器在未结束 TLS 的情况下关闭了连接（无 close_notify）：数据可能缺失</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS 错误 %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>钥匙串中没有此条目。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>系统钥匙串拒绝了访问。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>系统钥匙串拒绝了访问：%1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>无法使用系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>无法使用系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>传输失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>传输已完成，但有错误</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n 个传输已完成，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>传输已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n 个传输已完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>主机、ftp://、ftpes:// 或 ftps://用户@主机/文件夹</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>主机名或地址（服务器支持时使用 TLS 加密），或 URL：ftp://、ftpes://（要求显式 TLS）或 ftps://（隐式 TLS，端口 990）。下拉列表显示最近的连接</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>上次上传</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>正在编辑的文件</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>再次打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>立即上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>停止监视(&amp;S)</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>不再跟踪此文件：之后的保存不会上传，临时副本会被删除</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>桌面的默认应用程序</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>打开文件进行编辑的命令（文件附加在末尾），例如 &quot;kate&quot; 或 &quot;code --wait&quot;；留空：使用桌面的应用程序</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>自动上传已保存的文件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>编辑器(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>已将 %1 上传到 %2。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>正在编辑 %1：每次保存都会%2。</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>询问是否上传</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>没有可以打开 %1 的应用程序；请在下方设置编辑器命令。</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>无法启动编辑器 &quot;%1&quot;。</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> （上传 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>上传已保存的文件？</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>自您打开后，%1 已在服务器上被更改。</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>%1 已保存。上传到 %2？</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>用您的副本替换服务器上的副本？</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>覆盖服务器上的副本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>保留服务器上的副本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>今后自动上传已保存的文件</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 字节，修改于 %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>正在监视更改</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>已保存：上传？</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>正在检查服务器上的副本</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>传输队列不认识服务器 %1。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建临时文件夹：%2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 不是服务器上的文件。</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>自您打开后，它已在服务器上被删除。</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>自您打开后，它已在服务器上被更改：当时 %1，现在 %2。</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>可以下载该文件</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>可以列出该文件夹</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>可以进入该文件夹</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>可以覆盖该文件</translation>
    </message>
    <message>
        <source>append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>可以向该文件追加数据</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>创建文件</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>可以在该文件夹中创建文件</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>可以在该文件夹中创建文件夹</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>可以删除</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>可以删除该文件夹中的内容</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>可以重命名</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>可以更改其权限（SITE CHMOD）</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>可以更改其时间（MFMT）</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>MLSD perm 信息：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>RFC 3659 中未定义</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>列表中显示为：%1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>MLSD UNIX.mode 信息：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>远程文件</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>未连接。在上方输入主机或 ftp:// 地址并点击“连接”，或打开站点管理器（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>远程（未连接）</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>远程：%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>请先选择要下载的文件或文件夹。</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>名称不能包含“/”：%1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>已重命名为 %1</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>在服务器上删除</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>在服务器上删除 %1？此操作无法撤销；文件夹将连同其中的所有内容一起删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>在服务器上删除这 %n 个项目？此操作无法撤销；文件夹将连同其中的所有内容一起删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>已在服务器上删除。</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>在服务器上新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>%1 中新文件夹的名称：</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>“%1”不是有效的文件夹名。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;路径：%2&lt;br&gt;类型：%3&lt;br&gt;大小：%4&lt;br&gt;修改时间：%5&lt;br&gt;权限：%6&lt;br&gt;所有者：%7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;链接到：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL：%1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>没有可用的站点“%1”。</translation>
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
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>名称“%1”包含换行符。</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>无法重命名 %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>服务器发送的应答行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>服务器发送了非 FTP 应答的内容：“%1”。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>服务器发送的应答超过了 %1 行。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>服务器发送的回复超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1（传输未加密）</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>到 %1 的连接已加密（%2）。单击查看服务器的证书。</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>已加密：%1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>到 %1 的连接未加密：密码和文件在网络上传输，路径上的任何人都能读取。</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>到 %1 的连接未加密：服务器未提供 TLS（小型开发板无法提供），或站点设置为“仅明文”。密码和文件在网络上传输，路径上的任何人都能读取。如果服务器支持 TLS，请在站点管理器中为其选择“要求显式 TLS”或“隐式 TLS”。</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>无法创建证书（%1）：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
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
        <translation>无法为服务器证书创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>%1 中的服务器证书被另一个进程锁定。</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>无法使用服务器保存的证书（%1）。删除 %2 以生成新证书。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>%3 上 %1 到 %2 之间没有空闲的被动端口：%4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>无法在 %1 上监听数据连接：%2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>数据连接在 %1 字节后失败：%2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>客户端未在 %1 秒内连接</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>连接到 %1 端口 %2 超时</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>%1 秒内没有数据传输。</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>服务器线程仍在执行文件操作；请稍后再试</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>（请输入密码）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>要共享的文件夹（或拖放到这里）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>选择要共享的文件夹</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>让系统选择一个空闲端口；URL 中会显示所用端口。</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>允许匿名登录</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>任何人都可以用任意密码以“anonymous”或“ftp”登录。</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>匿名用户可以上传、重命名和删除</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>指定用户：双击单元格进行修改。</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>添加用户账户</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>移除所选的用户账户</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>以明文保存密码（不推荐）</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>不勾选时，账户密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>不勾选时，不保存账户密码：Ferry 重新启动后需要再次输入。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>用户账户：</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>连接到此服务器</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>以第一个用户的身份在远程窗格中打开共享文件夹</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>断开会话(&amp;D)</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>关闭所选会话（客户端将收到 421）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>会话、登录、传输和文件操作显示在这里。</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>请先选择要共享的文件夹：输入路径、使用“选择…”，或从文件管理器拖放一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>文件夹 %1 不存在。请选择已有的文件夹（“选择…”）或先创建它。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 是文件而不是文件夹。请选择要共享的文件夹。</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry 无法读取文件夹 %1。请选择其他文件夹或修改其权限。</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>有用户账户没有名称：请输入名称，或移除该账户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>“%1”是匿名登录：请勾选“允许匿名登录”，而不是将其添加为用户。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>用户名“%1”包含空格或冒号：请换一个名称。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>用户“%1”出现了两次：请移除其中一个。</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>请为用户“%1”输入密码（双击其密码单元格）。</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>没有人能登录：请勾选“允许匿名登录”或添加用户账户。</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>无法启动服务器：%1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>停止服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>启动服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>会话（%1）</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>服务器已停止。</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>要共享的文件夹</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1（读写）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>匿名（读写）</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>匿名（只读）</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>无法启动服务器：%1
请选择其他端口，或勾选“任意空闲端口”。</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>正在通过端口 %2 向 %3 共享 %1。</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>无法以加密方式启动服务器：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1（正在登录）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
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
连接时间：%2
客户端已下载：%3 字节
客户端已上传：%4 字节</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>当前操作</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>加密（FTPS）</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>可选：客户端选择 TLS 或明文（开发板）</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>必需：登录和数据仅通过 TLS</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>关闭：仅明文</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>使用 Ferry 自己的自签名证书的 FTPS（显式，AUTH TLS），首次使用时生成并保留供以后启动使用</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>复制证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>已复制指纹</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>证书
SHA-256：</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>关闭：所有内容（包括密码）都以明文在网络上传输。</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>必需：客户端必须使用 TLS（ftpes://）登录和传输文件。</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>可选：能使用 TLS（ftpes://）的客户端会加密；其他客户端（如开发板）使用明文。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>客户端通过指纹检查服务器的证书，服务器运行时指纹显示在此处。</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>客户端未在数据连接上恢复控制连接的 TLS 会话（要求会话复用）</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>新语言将在 Ferry 下次启动时生效。</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>自动（被动，失败时回退为主动）</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>主动</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>保留两者（重命名新文件）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>默认传输模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>并行传输数(&amp;P)：</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>文件已存在时(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>速度限制(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>应答超时(&amp;R)：</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>每个服务器用于传输的连接数。小型开发板服务器（不支持 FEAT）只使用一个，除非其站点另有设置。</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>较新时覆盖</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>较新或大小不同时覆盖</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>续传（继续传输较小的文件）</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>无法将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>正在运行的 Ferry 没有响应：%1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>另一个 Ferry 正在运行。</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>新建站点</translation>
    </message>
</context>
<context>
    <name>Ferry::SiteManagerDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>站点管理器</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>已保存的站点</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>新建站点(&amp;N)</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>新建站点（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>新建文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com、192.168.1.20 或 ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>留空表示匿名</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>以明文保存密码（不推荐）</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>自动（被动，失败时回退为主动）</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>主动</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>用于传输的连接数；浏览还会另外使用一个连接。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>选择本地文件夹</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>登录文件夹</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>开发板预设(&amp;B)（NetX Duo / 小型嵌入式服务器）</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>一个传输连接、被动模式、保守的超时设置，并在开发板断开空闲会话前发送保活</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>传输连接数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>本地文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>远程文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>应答超时(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>保活间隔(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>本地文件夹</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>任何能读取您设置文件的人都能读取此密码。</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>两个选项都不选时，Ferry 会在连接时询问密码。</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>没有可用的系统钥匙串：Ferry 会在连接时询问密码，除非您以明文保存。</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>文件夹名称（用 / 表示文件夹中的文件夹）：</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>删除文件夹</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>文件夹 %1 中仍有站点：请先删除或移走它们。</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>未保存 %1 的密码：%2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>从 FileZilla 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>添加 FileZilla 站点管理器（sitemanager.xml）中的站点：文件夹、服务器、用户、模式，密码存入系统钥匙串</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>FileZilla 站点管理器文件</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>FileZilla 站点 (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>已从 FileZilla 导入 %n 个站点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>按“确定”保留它们（密码存入系统钥匙串）。</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>按“确定”保留它们。</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>从 FileZilla 导入</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n 条说明：请查看详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>如可用则使用 TLS（FTP，服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>要求显式 TLS（FTPES）</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>隐式 TLS（FTPS，端口 990）</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>仅明文（不安全：密码在网络上可读）</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>“如可用则使用 TLS”在服务器提供时始终加密，也适用于不支持的服务器（小型开发板）。显式 TLS 没有 TLS 就拒绝继续；隐式 TLS 从第一个字节起就使用 TLS，通常在端口 990。</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>检查已上传文件的大小失败（%1）；%2 秒后重试。</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>无法检查已上传文件的大小：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>无法获取 %1 的信息</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1：服务器不支持 MLST。</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1：意外的应答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>对方在结束前关闭了连接</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有传输数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>同步浏览需要两个窗格都有文件夹：请先连接。</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>同步浏览：%1 跟随 %2</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>同步浏览</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>服务器上不存在文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>本机上不存在文件夹 %1。</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>创建它，使两个窗格保持同步？</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>创建文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>服务器不提供校验和命令（HASH、XSHA256、XSHA1、XMD5 或 XCRC）：请改用大小和时间比较。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器拒绝了 %1：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>两侧相同</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>仅本机有</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>仅服务器有</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>本机较新</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>服务器较新</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>大小不同</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>大小相同，内容不同（校验和）</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>一侧是文件，另一侧是文件夹或链接</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>本机 %1，服务器 %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>本机 %1 字节，服务器 %2 字节</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>大小相同，校验和未知</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>比较目录(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>标记两个显示的文件夹之间的差异：绿色仅一侧有，橙色较新（较旧的一侧为灰色），红色大小不同，紫色文件对文件夹</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>大小和时间</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>仅大小</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>仅时间</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>同步浏览(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>在一个窗格中进入文件夹时，另一个窗格进入同一文件夹</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>同步(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>保持远程最新(&amp;K)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>在编辑器中打开远程文件，每次保存时上传</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>正在编辑的文件(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>传输完成时通知(&amp;N)</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>保持远程最新</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>正在编辑的文件</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>比较依据(&amp;B)</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>服务器时钟与本机相差 %1 秒；比较时会考虑这一点。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>在服务器上创建文件夹</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>在本机创建文件夹</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>在服务器上删除</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>在本机删除</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>仅本机有</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>仅服务器有</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>仅本机有（多余的会被删除）</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>仅服务器有（多余的会被删除）</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>校验和未知</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>修改时间未知</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>传输队列不认识服务器 %1。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>无法删除文件夹 %1（它是空的吗？）。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>正在列出 %1：%n 个文件夹，%2 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>正在列出 %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>正在比较校验和：%1 / %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>选择本地文件夹</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>上传：使服务器与本机一致</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>下载：使本机与服务器一致</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>双向：较新的文件优先</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>修改时间(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>校验和(&amp;H)</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>大小相同的文件按服务器的校验和比较（较慢：两侧都要读取每个这样的文件）。</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>服务器不提供校验和命令（HASH、XSHA、XMD5、XCRC）。</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>删除只有目标端才有的文件和文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>全部（例如 *.bin *.cfg）</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>无（例如 *.o .git/ build/）</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>本地文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>远程文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>方向(&amp;R)：</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>比较依据：</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>包含(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>计划的操作</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>全部不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>将勾选的操作放入传输队列</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>请先连接服务器。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>远程文件夹必须是绝对路径（以 / 开头）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>保留（冲突）</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — 无法判断哪一侧是对的</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>无需操作：文件夹已同步（比较了 %n 个条目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>取消勾选不应执行的操作，然后点击运行。</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>已勾选 %1 / %2：上传 %3 个，下载 %4 个（%5），创建 %6 个文件夹，删除 %7 个</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>；%n 个冲突保持不变</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>运行中：已完成 %1 / %2，失败 %3</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>完成：成功 %1 个，失败 %2 个：
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>完成：全部 %n 个操作已完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>已将 %n 个操作加入队列：请查看传输队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>无法连接到 %1 的端口 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>无法建立连接</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>无法将服务器的时钟偏差保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>已建立 TLS（%1）</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>控制连接上的 TLS 失败：%1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>无法启动 TLS：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>未找到 PEM 证书（%1）。</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>私钥受密码短语保护；服务器需要没有密码短语的私钥。</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>未找到 PEM 私钥（%1）。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>私钥与证书不匹配。</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 和 %2：%3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>无法使用证书：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>服务器没有证书。</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>无法设置 TLS：%1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>无法启动 TLS：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>数据连接的证书不受信任（%1）；SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>连接在 TLS 流结束前被关闭（无 close_notify）：数据可能缺失</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>传输 %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>请先连接到服务器：上传的文件将放到右侧显示的文件夹中。</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>正在上传 %n 个项目到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>请先选择要下载到的本地文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>正在下载 %n 个项目到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>无法将 %1 加入队列：%2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>正在为拖放下载…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>无法读取上次运行的传输队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>上次运行中未完成的 %n 个传输已在队列中暂停。连接到相应的服务器后点击“继续”即可恢复传输。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>上传 %1 失败：%2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>传输已全部完成</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>已拒绝 %1 %2：%3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>目录发送完毕。</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>传输完成。</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>存储空间不足：%1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>客户端在上传确认前关闭了控制连接：上传已丢弃。</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>传输完成（唯一文件名：%1）。</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>无法删除未完成的上传 %1：%2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>传输中止：%1。</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2：%3 字节，%4 秒（%5 MB/s）：%6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>无法打开数据连接。</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>连接已关闭；传输中止。</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>本地错误：读取文件失败。</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>存储空间不足。</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>本地错误：写入文件失败。</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>数据连接：%1，TLS 会话已恢复</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>数据连接：%1，新的 TLS 会话</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>SSL 连接失败。</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>SSL 连接失败：要求会话复用。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>传输引擎已停止。</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>传输引擎未能在 %1 秒内停止。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>服务器拒绝了 %1 的下载</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>服务器拒绝了 %1 的上传</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>服务器不支持断点续传（REST）</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>%1 的下载在 %3 字节中的第 %2 字节处结束：数据连接过早关闭。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>继续(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>全部暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>全部继续(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>清除已完成项(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>队列（%1）</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>已完成（%1）</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>没有传输。在窗格之间拖动文件，或选中文件后按 Ctrl+T。</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>没有用于传输的站点“%1”。</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>本地路径“%1”不是绝对路径。</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>远程路径“%1”不是绝对路径（必须以 / 开头）。</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>无法将传输队列保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>无法读取传输队列 %1：%2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>队列文件中的某个任务缺少站点、方向或状态。</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>队列文件中的某个任务缺少本地或远程路径。</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>任务编号 %1 已被占用。</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>传输队列 %1 无法使用（%2），也无法另存：%3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>传输队列 %1 无法使用（%2）；已另存为 %3。</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>不是 Ferry 的传输队列</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>由更新版本的 Ferry 写入</translation>
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
        <translation>将 %1 上传到 %3 上的 %2</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>将 %1 从 %2 下载到 %3</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%2 个文件中已完成 %1 个，跳过 %3 个，失败 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>失败后已重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…以及其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1（%2 / %3 个文件）</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>正在列出文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1（已重试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferScheduler</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>没有用于传输的站点“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>无法连接（%1）；%2 秒后重试。</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>列出失败（%1）；%2 秒后重试。</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>无法下载 %1：%2 是文件夹。</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 已存在；无法询问，因此跳过。</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 失败（%2）；%5 秒后进行第 %3 次尝试，共 %4 次。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>%2 个文件中有 %1 个失败。第一个：%3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>无法删除未完成的上传 %1：%2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>设置文件 %1 已损坏，且无法另存：%2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>设置文件 %1 已损坏；已另存为 %2，Ferry 将重新开始一个新文件。</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>选择要监视的文件夹</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>不上传的文件和文件夹的模式，以空格分隔；末尾的 / 表示文件夹。</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>在服务器上删除本机删除的内容</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>先上传有差异的内容</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>最近的上传和错误</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>监视(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>上传到(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>忽略(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>请先连接服务器。</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>远程文件夹必须是绝对路径（以 / 开头）。</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>已创建文件夹</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>正在监视 %1 → %3 上的 %2：上传 %4 个，删除 %5 个，失败 %6 个%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation>（忙碌）</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>连接服务器，选择文件夹，然后开始：其中保存的每个文件都会上传。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>传输队列不认识服务器 %1。</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>文件名无效：%1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>没有该文件夹：%1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 指向共享文件夹之外。</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>没有该文件或文件夹：%1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>权限被拒绝：%1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>没有该文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>无法从第 %2 字节开始读取 %1。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>无法从第 %2 字节续传 %1：文件只有 %3 字节。</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>无法从第 %2 字节续传 %1：%3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>权限被拒绝：无法创建 %1。</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>不能删除根文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>文件夹 %1 不是空的。</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>无法删除文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 是文件夹：请使用 RMD。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>不能重命名根文件夹。</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>名为 %1 的文件夹已存在。</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>不能将 %1 移动到其自身中。</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>文件名无效：%1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>没有该文件夹：%1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>没有该文件或文件夹：%1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>没有该文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>无法从第 %2 字节开始读取 %1。</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>权限被拒绝：%1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>无法从第 %2 字节续传 %1：文件只有 %3 字节。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>权限被拒绝：无法创建 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>文件夹 %1 不是空的。</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 是文件夹：请使用 RMD。</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>不能将 %1 移动到其自身中。</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>名为 %1 的文件夹已存在。</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>TLS/SSL 连接已关闭</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>匿名访问已禁用</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
</TS>
