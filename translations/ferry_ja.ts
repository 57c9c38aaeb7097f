<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
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
        <translation>メール: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>まだ有効ではありません (%1 から)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>接続は暗号化されていません。</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>信頼済み: システムの証明書ストアがこの証明書とその名前を保証しています。</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>フィンガープリントにより信頼済み: このサーバー用に指定されたか、このセッションでこのサーバーへの別の接続で受け入れました。</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>このサーバーについて、まさにこの証明書を常に信頼すると選択したため信頼済みです。</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>この接続について受け入れたため信頼済みです。</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>ファイル転送と一覧は暗号化されていません (サーバーが PROT P を受け入れませんでした)。</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>不明な証明書</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>警告: 証明書が変更されました</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>このサーバーの新しい証明書を常に信頼する (以前の証明書を置き換えます)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>このサーバーのこの証明書を常に信頼する(&amp;A)</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry は %1 についてまさにこの証明書を保存します。サーバーが別の証明書を示した場合は再び警告します。</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>新しい証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>%1 の証明書は信頼されていません。</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry は、通信相手が途中の誰かではなくこのサーバーであることを確認できません。信頼する前に、下の SHA-256 フィンガープリントをサーバー管理者から伝えられたもの (Ferry サーバーはパネルに表示します) と比較してください。</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>警告: %1 の証明書が変更されました。</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>以前このサーバーについて別の証明書を信頼していました。誰かが接続を傍受しているか、サーバー管理者が新しい証明書をインストールした可能性があります。変更の理由がわからない限り接続しないでください。管理者に新しいフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 の証明書</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>システムの検証結果:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>以前信頼したフィンガープリント:</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>現在のフィンガープリント:</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— この証明書はこの名前に対して発行されていません</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (サーバーの証明書)</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1 (発行者、レベル %2)</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>証明書チェーン(&amp;C):</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>別名:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(証明書なし)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>自己署名 (発行者がサブジェクト自身: 誰も保証していません)</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>%1 のチェックサム方式がありません。</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>サーバーが %1 を拒否しました</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>%2 の %1 チェックサムを取得できませんでした</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: 予期しない応答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>詳細表示。`ls -l` のように 1 行に 1 項目: 種類とパーミッション、バイト単位のサイズ、更新日時、名前。</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>再開: 途中のファイル .NAME.ferry-part があれば、そのサイズからダウンロードを続けます (REST)。ダウンロードが失敗または中断されてもファイルを残します。</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>NAME としてログインします (URL のユーザーの代わりに。既定: anonymous)。</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>PASSWORD でログインします (URL のパスワードの代わりに)。このマシンの他のユーザーがコマンドラインを見られる場合があるため、環境変数 FERRY_PASSWORD の使用を推奨します。</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>アクティブモード: データ用にサーバーが ferry へ接続します (EPRT/PORT)。</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>パッシブモード: データ用に ferry がサーバーへ接続します (EPSV/PASV)。既定: パッシブ。サーバーが拒否した場合はアクティブに切り替えます。</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>サーバーとの制御のやり取り (パスワードは伏せ字) と転送の概要を標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>リモートディレクトリの一覧、または 1 つのファイルを表示します。</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>URL が示すディレクトリの一覧を表示します (ftp://host/ はログインディレクトリ)。URL がファイルを示す場合は、そのファイルを表示します。標準出力に 1 行に 1 つの名前を並べ替えて出力し、ディレクトリには末尾に &apos;/&apos; を付けます。10,000 項目を超える一覧は、届くそばからサーバーの順序で出力します。-l を付けると `ls -l` のように 1 行に 1 項目: 種類とパーミッション (サーバーが示さない部分は &apos;?&apos;。このログインで可能な操作だけを示すサーバーでは最初の 3 文字)、バイト単位のサイズ、更新日時 (ローカル時刻、YYYY-MM-DD HH:MM)、名前、シンボリックリンクには &apos; -&gt; リンク先&apos;。&apos;.&apos; と &apos;..&apos; は表示しません。</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>ファイルをダウンロードします。</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>URL が示すファイルを LOCAL にダウンロードします。LOCAL を省略すると、リモートと同じ名前で現在のディレクトリに保存します。LOCAL がディレクトリの場合は、その中にリモートと同じ名前で保存します。&apos;-&apos; を指定すると標準出力に書き出します。データは保存先の隣の一時ファイル .NAME.ferry-part に書き込まれ、ファイル全体を受信してはじめて NAME に名前が変更されます (既存のファイルは置き換えられます)。失敗時や Ctrl-C の場合、-c を指定していなければ一時ファイルは削除されます。</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>ファイルをアップロードします。</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>ローカルファイル LOCAL を URL にアップロードし、同じ名前のリモートファイルを置き換えます。URL が &apos;/&apos; で終わる場合は、そのディレクトリにローカルと同じ名前でアップロードします。</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>リモートディレクトリを作成します。</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>URL が示すディレクトリを作成します。親ディレクトリが存在している必要があります。</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>リモートファイルを削除します。</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>URL が示すファイルを削除します。ディレクトリは rmdir で削除します。</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>空のリモートディレクトリを削除します。</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>URL が示すディレクトリを削除します。サーバーは空のディレクトリしか削除しません。</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>リモートのファイルまたはディレクトリの名前を変更または移動します。</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>URL が示すファイルまたはディレクトリの名前を NEWNAME に変更します。NEWNAME は、&apos;/&apos; で始まる場合 (サーバー上の絶対パス) や同じサーバーの ftp:// URL である場合を除き、その項目を含むディレクトリからの相対パスとみなします。URL でない限り、パーセントデコードはしません。</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>Ctrl-C を押すまでローカルフォルダーを FTP で共有します。</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>ローカルフォルダーで Ferry の FTP サーバーを実行します (ferry serve --help を参照)。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>操作に失敗しました: サーバーが拒否しました (ファイルが存在しない、アクセス拒否など)</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>使い方の誤り: コマンドラインまたは URL が不正です</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>接続またはログインの失敗: ホストが見つからない、接続が拒否または切断された、タイムアウト、パスワードの誤り</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>ローカル I/O エラー: ローカルファイルの読み取り、書き込み、名前の変更ができませんでした</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>中断されました (Ctrl-C または SIGTERM)</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>--password も URL もパスワードを指定しないときに使う、名前付きユーザー (--user または URL のユーザー) のパスワード。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>コマンドの代わりに URL を指定した場合、それ以上の引数は取れません。URL に対してコマンドを実行するには、例えば &apos;ferry ls %1&apos; と入力してください。</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>このビルドの ferry には %1 を開くグラフィカルインターフェースがありません。&apos;ferry ls %1&apos; のようなコマンドを使ってください。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>引数が多すぎます (使い方: ferry help [コマンド])。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>引数が足りません (使い方: %1)。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>引数が多すぎます (使い方: %1)。</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>--active と --passive のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>使い方: ferry コマンド [オプション] 引数</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  メインウィンドウを開く</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry は FTP サーバーとの間でファイルを転送します。デスクトップから小型ボードまで対応します。データは標準出力に、メッセージは標準エラー出力に出力されます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>コマンドのヘルプを表示します (または: ferry コマンド --help)。</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>全コマンド共通のオプション:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>その他のオプション:</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>使い方: ferry %1 [オプション] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry: このビルドにはグラフィカルインターフェースがありません。</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>詳しくは &apos;ferry --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>詳しくは &apos;ferry %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>詳しくは &apos;ferry serve --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>フォルダーをサーバーへ、またはサーバーからミラーします。</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>DEST を SRC のコピーにします。一方はローカルフォルダー、もう一方は ftp:// URL です (ferry mirror --help を参照)。</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>詳しくは &apos;ferry mirror --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[ユーザー[:パスワード]@]ホスト[:ポート]/パス。例: ftp://alice@192.168.1.10/logs/today.txt、ftp://[::1]:2121/dir/。ポートの既定値は 21 です。ユーザーを指定しないと ferry は anonymous としてログインします。名前はパーセントエンコードできます (a%20b.txt、%C3%A9)。パスはログインディレクトリからの相対パスです。ftp://host/%2Fetc/motd または ftp://host//etc/motd は絶対パス /etc/motd を表します。末尾の &apos;/&apos; はディレクトリを表します。ftpes:// は TLS (AUTH TLS) 必須、ftps:// は暗黙的 TLS (ポート 990) です。ftp:// はサーバーが対応していれば TLS で暗号化し、-v でそれを表示します。</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>URL %1 はディレクトリを示していません。</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>URL %1 はファイルではなくディレクトリを示しています。ディレクトリには rmdir を使ってください。</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>URL %1 には名前を変更する対象がありません。</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>サーバーと通信するコマンドではありません。</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>URL %1 はディレクトリを示しています。get がダウンロードするのは 1 つのファイルです。</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>ディレクトリ %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 はディレクトリです。</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>標準入力からのアップロードには対応していません。ファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 はディレクトリです。put がアップロードするのは 1 つのファイルです。</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>新しい名前が空です。</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 は別のサーバー上にあります。mv は同じサーバー内でのみ名前を変更します。</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>URL %1 には新しい名前が含まれていません。</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1: ファイルまたはディレクトリが存在しません。</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>この一覧の行を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>%1 をバイト %2 から再開します。</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>途中までのダウンロードは %1 に残してあります。同じコマンドをもう一度実行すると再開します。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断されました。</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 に失敗しました。</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 バイトを %2 に %3 秒でダウンロードしました (%4)。</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 バイトを %2 に %3 秒でアップロードしました (%4)。</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>ほかに %n 行の一覧を読み取れませんでした。</numerusform>
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
        <translation>引数が足りません (使い方: ferry mirror SRC DEST)。</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>引数が多すぎます (使い方: ferry mirror SRC DEST)。</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>SRC と DEST の一方は ftp:// URL、もう一方はローカルフォルダーである必要があります。</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel には 1 から 32 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>--active と --passive のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 ファイル、スキップ %4、失敗 %5、%6 / %7、%8/s、残り %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>転送完了 %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>スキップ %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry: 中断されました
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>失敗:
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>削除完了 %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry: %1 を削除できません: %2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>ミラー (%1): 転送 %2、スキップ %3、失敗 %4、削除 %5、%6 / %7 秒 (%8)
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>download</source>
        <translation>ダウンロード</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch はローカルフォルダーをアップロードします。ローカルの SRC と一緒に、--dry-run や --compare なしで使ってください。</translation>
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
        <translation>使い方: ferry mirror [オプション] SRC DEST

DEST を SRC のコピーにします。一方はフォルダーの ftp:// URL、もう一方は
ローカルフォルダーです。SRC がローカルならアップロード、リモートなら
ダウンロードします。SRC の中身が DEST に入り、DEST がなければ作成します。
DEST に既にあるファイルは、サイズが異なるかソースの方が新しい場合に置き換え、
それ以外はスキップします。一時的なエラーは再試行し、サーバーが対応していれば
中断した位置から続けます。アップロードは検証されます。ダウンロードでは
リモートの日時を保持します。

オプション:
      --parallel N      最大 N 本の接続を同時に使います (既定: 3、ボードの
                        サーバーでは 1)。
      --newer-only      DEST にないファイルか、SRC の方が新しいファイルだけを
                        転送します。
      --dry-run         転送される (--delete 指定時は削除される) ものを
                        1 行に 1 件、理由とともに標準出力に表示し、何も
                        変更しません。
      --include GLOB    相対パス、名前、または上位のフォルダーが GLOB に
                        一致するファイルだけを対象にします (*、?、[...]。
                        &apos;*&apos; は &apos;/&apos; を越えません。複数指定可)。
      --exclude GLOB    相対パス、名前、または上位のフォルダーが GLOB に
                        一致するファイルを除外します (複数指定可)。
      --delete          転送がエラーなく終わったら、SRC にないファイルと
                        フォルダーを DEST から削除します。--include/--exclude
                        で対象外になったファイルは残します。
      --compare         SRC と DEST の違いを 1 行に 1 件、理由とともに表示
                        します (-v: 同じものも表示)。何も変更しません。
                        違いがなければ終了状態 0、あれば 1。
      --checksum        同じサイズのファイルを時刻ではなくサーバーの
                        チェックサム (HASH、XSHA256、XSHA1、XMD5、XCRC) で
                        比較します。
      --watch           ミラーの後も SRC (ローカルフォルダー) の変更を
                        アップロードし続け、アップロードごとに 1 行表示します。
                        --delete 指定時は削除も反映し、--exclude に一致する
                        ものは監視しません。Ctrl+C で停止します。
      --user NAME       NAME としてログインします (URL のユーザーの代わりに)。
      --password PASSWORD
                        PASSWORD でログインします (または FERRY_PASSWORD を
                        設定します)。
      --active          アクティブモード: データ用にサーバーが ferry へ接続
                        します。
      --passive         パッシブモード (既定。失敗時はアクティブに切り替え)。
  -v, --verbose         転送、スキップ、削除したファイルごと、および再試行や
                        エラーごとに 1 行表示します。
  -h, --help            このヘルプを表示します。
      --tls MODE        auto、require、implicit、off のいずれか (URL のスキーム
                        ftp://、ftpes://、ftps:// より優先)。
      --fingerprint SHA256
                        この SHA-256 のサーバー証明書を信頼します。
      --cacert FILE     FILE 内の CA またはサーバー証明書を信頼します。

端末では、標準エラー出力に実行中の転送ごとの行と合計が表示されます。
最後に、転送・スキップ・失敗・削除したファイル数、バイト数、所要時間の
概要が表示されます。

終了ステータス: 0 すべてミラー済み、1 一部のファイルが失敗 (標準エラー出力に
一覧表示) またはサーバーが拒否、2 使い方の誤り、3 接続またはログインの失敗、
4 ローカル I/O エラー、130 中断 (Ctrl-C)。
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>サーバー上のフォルダー %1 を開けません。</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>サーバーの時計は %1 秒進んでいます (以前のアップロードから学習)。
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>%n 個のパスを比較: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n 個が異なります。
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>%1 を転送予定 (%2)
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>%1/ を作成予定 (%2)
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>%1%2 を削除予定 (%3)
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>%1 はそのまま (%2)
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>ドライラン: 転送 %1 件 (%2)、削除 %3 件、変更なし %4 件。何も変更していません。
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>%1 を監視中 (Ctrl+C で停止)...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>アップロード済み %1 (%2)
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>削除済み %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>作成済み %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>失敗 %1: %2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>サーバーの時計はこのコンピューターより %1 秒進んでいます。
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>監視を停止: アップロード %1、削除 %2、失敗 %3。
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>引数が多すぎます (使い方: ferry serve [DIR] [オプション])。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port には 0 から 65535 の数値 (0: 空いている任意のポート) を指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind には IPv4 または IPv6 アドレスを指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user には NAME:PASSWORD[:rw|ro] を指定してください (例: --user alice:secret:rw)。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports には 1024 から 65535 までのポート範囲 A-B を指定してください (例: 50000-50999)。</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry: 共有するフォルダー %1 を作成できませんでした。フォルダーを指定してください: ferry serve DIR
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry: %1 はフォルダーではありません。
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (読み書き可能)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>匿名 (読み書き可能)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>匿名 (読み取り専用)</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry: サーバーを起動できませんでした: %1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>停止するには Ctrl-C を押してください。
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>停止しています。</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after にはログイン失敗の回数を指定してください (0: ブロックしない)。</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry: 証明書を使用できません: %1
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
        <translation>ferry: FTPS なしで公開します: %1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS: オフ。
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS: 必須 (ポート %1 で AUTH TLS</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS: 任意 (ポート %1 で AUTH TLS</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>、ポート %1 で暗黙的 TLS</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>。データ接続は TLS セッションを再開する必要があります)。
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>証明書の SHA-256 フィンガープリント: %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>証明書 (自己署名、今作成): %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>証明書 (自己署名): %1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls には off、optional、required のいずれかを指定します (「%1」ではありません)。</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert と --key は一緒に指定します: 証明書 (PEM) とその秘密鍵です。</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port には 0 から 65535 の数値を指定します (0: 空いている任意のポート)。「%1」ではありません。</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off は --cert、--implicit-port、--tls-require-reuse と一緒に使えません。</translation>
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
        <translation>使い方: ferry serve [DIR] [オプション]

Ctrl-C を押すまでフォルダー DIR を FTP (IPv4 と IPv6) で共有します。相手側で入力する URL を
表示し、その後セッション、ログイン、転送、ファイル操作ごとに 1 行を出力します。DIR を省略すると
公開フォルダーを共有します。--user を省略すると、誰でも anonymous として読み取り専用で
ログインできます。パスワードがログに出ることはありません。

オプション:
      --port N          ポート N で待ち受けます (既定 2121、0: 空いている任意のポート)。
      --bind ADDR       ADDR でのみ待ち受けます (繰り返し指定可。既定: このマシンのすべての
                        IPv4 と IPv6 アドレス)。
      --user NAME:PASSWORD[:rw|ro]
                        NAME が PASSWORD でログインすることを許可します。読み書き可能 (rw、
                        既定) または読み取り専用 (ro)。繰り返し指定可。
      --anonymous       匿名ログインも許可します (--user がない場合の既定)。
      --writable        匿名ユーザーにアップロード、名前の変更、削除を許可します。
      --passive-ports A-B
                        パッシブのデータポートを A-B から選びます (ファイアウォール用。既定
                        50000-50999)。
      --max-sessions N  同時に最大 N セッションまで対応します (既定 32)。
      --max-per-address N
                        1 つのクライアントアドレスから最大 N セッション (既定 8)。
      --ban-after N     10 分以内にすべての接続で合計 N 回ログインに失敗したアドレスを
                        --ban-minutes の間拒否します (既定 10、0: 拒否しない)。失敗するたびに
                        そのアドレスへの次の応答もさらに遅らせます。
      --ban-minutes M   そのようなアドレスを拒否する時間 (分、既定 15)。
      --tls off|optional|required
                        FTPS (RFC 4217)。optional (既定): クライアントは TLS (AUTH TLS)
                        を使え、平文も引き続き使えます (ボード)。required: ログインと
                        データ接続は TLS のみ。off: 平文のみ。
      --cert FILE --key FILE
                        証明書 (PEM、その後にチェーン) とその秘密鍵。既定: 初回使用時に
                        作成され Ferry のデータフォルダーに保存される自己署名証明書
                        (起動時にフィンガープリントを表示)。
      --implicit-port N ポート N でも暗黙的 FTPS (接続時から TLS、ftps://) を待ち受け
                        ます (0: 空いている任意のポート)。
      --tls-require-reuse
                        制御接続の TLS セッションを再開しない TLS データ接続を拒否します
                        (522)。vsftpd の既定と同じです。
  -v, --verbose         すべてのコマンドと応答もログに出力します。
  -h, --help            このヘルプを表示します。

小型ボード (NetX Duo の FTP クライアント) には期待どおりに応答します。終了ステータス: Ctrl-C 後は 0、
2 使い方の誤り、3 ポートを開けなかった、4 フォルダーが存在しない。
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>%1 をポート %2 で %3 に公開しています。
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>接続先:
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>暗号化: auto (サーバーが対応していれば TLS、ftp:// の既定)、require (明示的 TLS、ftpes://)、implicit (最初のバイトから TLS、ftps://、ポート 990)、off のいずれか。URL のスキームより優先されます。</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>SHA-256 フィンガープリントが SHA256 (16 進、コロンは任意) のサーバー証明書を、自己署名や名前の不一致があっても信頼します。</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>FILE (PEM または DER) 内の証明書を信頼します: サーバー証明書に署名した CA、またはサーバー自身の証明書です。</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>暗号化: auto (サーバーが対応していれば TLS、ftp:// の既定)、require (ftpes://)、implicit (ftps://、ポート 990)、off のいずれか。URL のスキームより優先されます。</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>この SHA-256 フィンガープリント (16 進、コロンは任意) のサーバー証明書を、自己署名でも信頼します。</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>FILE (PEM または DER) 内の証明書を信頼します: サーバー自身の証明書か、それに署名した CA です。</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls には auto、require、implicit、off のいずれかを指定します (「%1」ではありません)。</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint には SHA-256 フィンガープリントを指定します: 16 進数 64 桁、コロンは任意 (「%1」ではありません)。</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>それがサーバーの証明書であれば、--fingerprint %1 (または証明書かその CA を含む --cacert FILE) を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>証明書ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 に証明書 (PEM または DER) がありません。</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>%1:%2 の証明書は信頼した後に変更されました: SHA-256 フィンガープリントは現在 %3 で、以前は %4 でした。誰かが接続を傍受している可能性があるため拒否しました。サーバーの証明書が本当に置き換えられた場合は、管理者に新しいフィンガープリントを確認し、--fingerprint %3 を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>暗号化されていません (平文)。</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>システムが信頼する証明書</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>フィンガープリントで固定された証明書</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>このサーバーで以前に信頼した証明書</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>この接続で受け入れた証明書</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>暗号化: %1、%2。</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>この Qt ビルドは TLS に対応していません (%1)</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>データ接続の TLS は Qt 経由: %1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>制御接続に比較する証明書がありません</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>接続の準備ができていません</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>TLS を設定できません: %1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>制御接続には再開できる TLS セッションがまだありません</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>制御接続の TLS セッションを読み取れません: %1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>制御接続の TLS セッションは再開できません</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>制御接続の TLS セッションを提示できません: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS を開始できません: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>サーバーがデータ接続で証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>データ接続の証明書 (%1、SHA-256 %2) は制御接続で受け入れた証明書ではありません</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>現在のフォルダーを読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>フォルダー %1 に移動できませんでした</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>フォルダー %1 を作成できませんでした</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>フォルダー %1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>%1 のサイズを取得できませんでした</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>%1 の更新日時を取得できませんでした</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>サーバーが NOOP を受け付けませんでした</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>サーバーが QUIT を受け付けませんでした</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>サーバーが「%1」を拒否しました</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1: サーバーは %2 に対応していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>「%1」は 1 行のコマンドではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>PWD に対するサーバーの応答にフォルダーが含まれていません: %1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: 予期しない応答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>サーバーよりこちらが新しい</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>サーバー上の方が古い</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>サーバーよりこちらが古い</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>サーバー上の方が新しい</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>片側のみ</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>新しい (古い側: 灰色)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>ファイル/フォルダー</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>フォルダー比較: 各項目がもう一方のペインのフォルダーとどう違うかを印で示します。サイズと時刻は項目にポインターを置くと表示されます。</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>接続を準備できませんでした</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>データ暗号化あり</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>データ暗号化なし</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>%1 にログインしています…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>切断しています…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>%1 との接続が切断されました: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>%1 から切断しました。</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>ホスト名または ftp:// URL を入力してください。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 の %1 のパスワード:</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
%3 の %2 のパスワード:</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>キーチェーンにこのサイトのパスワードがありません (%1)。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>%1 の空きセッションを待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>空きセッションを待っています: %1 が同時に扱えるセッションは %n 個で、すべて使用中です (タブ %2、転送 %3)。空きができ次第このタブは接続します。このサーバーの別のタブを閉じると空きができます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>未接続です。前回 Ferry を実行したとき、このタブは %1 に接続していました。[接続] を押すと戻ります (Ferry はパスワードを保存しません)。</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>未接続です。前回 Ferry を実行したとき、このタブは %2 のフォルダー「%1」を表示していました。[接続] を押すとそこへ戻ります (Ferry はパスワードを保存しません)。</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>%1 の証明書はこの接続でのみ信頼されます: Ferry は次回のために %2 に保存できませんでした。</translation>
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
        <translation>タブを閉じますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>%1 との転送 %n 件が待機中または実行中です。転送は専用の接続で行われるため、このタブがなくても続行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>閉じて転送は続ける(&amp;T)</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>閉じて転送を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>タブを残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>%1 のサーバーが FTP の応答ではないものを送信しました (%2)。</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>ホスト %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>サーバー %1 が接続を拒否しました。そのポートで FTP サーバーが動作していますか?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>%1 との接続が切断されました: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>サーバー %1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>%2 秒以内に %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 は接続を受け付けましたが、%2 秒以内に応答メッセージを送信しませんでした。小型ボードのサーバーはすべてのセッションが使用中の可能性があります。他の接続を閉じてから再試行してください。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>サーバー %1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>%1 に TLS で接続できません: %2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>%1:%2 の証明書は信頼されておらず (%3)、受け入れられませんでした。SHA-256 フィンガープリントは %4 です。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 が TLS ハンドシェイク中に接続を閉じました。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>%1 ポート %2 との TLS ハンドシェイクに失敗しました (%3): 暗黙的 FTPS (ftps://) のポートですか? そこで平文を話すサーバーには ftp:// か ftpes:// を使ってください。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>%1 との TLS ハンドシェイクが %2 秒以内に完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS はすでに有効です。</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>%1 でデータ接続を待ち受けられませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>ダウンロードしたデータを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>アップロードするファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>サーバーが %1 秒以内にデータ接続を開きませんでした。</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>%1 秒後にタイムアウトしました</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>%1 秒間データが転送されていません。転送が停止しています。</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>アップロードの %1 バイト後にデータ接続が失敗しました: %2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>%1 バイト後にデータ接続が失敗しました: %2。ダウンロードは不完全です。</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>%1 ポート %2 からのデータ接続を拒否しました: クライアントのアドレスではありません</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>%1 へのアクティブデータ接続を拒否しました: クライアントのアドレスではありません</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>ポート %1 へのアクティブデータ接続を拒否しました</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>転送するローカルファイルがありません。</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>データ接続を開く方法が残っていません。サーバーがすべて拒否しました。</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>データ接続を開けませんでした: %1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1。%2 を試します</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 ではアドレス %2 を表現できません</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>サーバーがバイナリモードを拒否しました</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>サーバーが %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>EPSV の応答を解釈できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>PASV の応答を解釈できませんでした: %1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>サーバーが %1 へのデータ接続を要求しました。代わりに %2 を使います</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>サーバーのデータポート (%1) に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1: %2 (転送は %3 バイトで途切れました)</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>サーバーは中止した転送にまだ応答していません。再度同期します</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 件こちらのみ</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 件サーバーのみ</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 件こちらが新しい</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 件サーバーが新しい</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 件サイズ違い</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 件内容違い</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 件ファイル/フォルダー</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>両方のフォルダーは同じです</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>システムの監視ファイル数の上限に達した可能性があります</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>システムの監視フォルダー数の上限に達しました (fs.inotify.max_user_watches)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>DELE %1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>MKD %1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>フォルダー %1 を作成しました</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>RMD %1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>フォルダー %1 を削除しました</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>%1 の名前を %2 に変更できませんでした: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 の名前を %2 に変更しました</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1、更新日時 %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>両方残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルが存在します</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はサーバー上にすでに存在します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はすでに存在します。</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>既存のファイル:</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>手元のファイル:</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>サーバーのファイル:</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>既存のファイルの方が古いです。</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>既存のファイルの方が新しいです。</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>既存のファイルを置き換えます</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>既存のファイルの続きを転送します。以前の転送が途中で止まったかのように、既存のファイルの方が小さい場合です</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>「名前 (1).ext」のような空いている名前で転送します</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>既存のファイルはそのままにします</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>他の既存のファイルすべてに同じ操作を適用する(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+→)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>親フォルダー (Alt+↑、Backspace)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>隠しファイルを表示</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>隠しファイルを表示 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>場所 (Ctrl+L): フォルダーを入力して Enter を押します</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>フィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>このテキストを含む名前だけを表示します。* と ? はワイルドカードです</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>%1 を再開できません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>%1 のダウンロードは %3 バイト中 %2 バイトで終了しました。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>サーバー上に %1 の空いている名前がありません。</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>検証に失敗しました: アップロード後、%1 がサーバー上にありません。</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>検証に失敗しました: サーバーは成功を報告しましたが、%3 について %2 バイト中 %1 バイトしか保存していません。</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>%1 のチェックサムは確認されませんでした: サーバーが %2 を拒否しました (%3)。</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>%1 のチェックサムは確認されませんでした: サーバーは %2 に「%3」と応答しました。</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>検証に失敗しました: サーバー側の %2 の %1 は %3、ローカルファイルの値は %4 です。</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>途中までのアップロード %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>アップロードは EPSV 経由でしたが、このサーバーはそれを失います。以後このサーバーへのアップロードは PASV (IPv4) または EPRT (IPv6) を使います。</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>ホストのないサイトを除外しました (%1)。</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>%1 を除外しました: 不明なプロトコル %2。</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>%1 を除外しました: Ferry が扱うのは FTP と FTPS で、%2 ではありません。</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>プロトコル %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>保存されたパスワードをデコードできませんでした。</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla はこのパスワードをマスターパスワードで保護しています。一度入力してください。</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>パスワードは Ferry が読めない形式で保存されています (%1)。</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla はこのパスワードを毎回尋ねていました。</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>このサイトは鍵ファイルでログインしていました。</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>フォルダーの入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>名前のないフォルダー</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>これは FileZilla のサイトマネージャーのファイルではありません (&lt;%1&gt; で始まっています)。</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>ファイルを XML として読めません (%1 行目: %2)。</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>これは FileZilla のサイトマネージャーのファイルではありません (サイトがありません)。</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 はすでにサイトマネージャーにあります。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>システムのキーチェーンがないため、パスワードは取り込みませんでした。接続時に Ferry が尋ねます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 は FileZilla のサイトマネージャーのファイルにしては大きすぎます。</translation>
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
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>%1 を監視できません: %2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>%1 を監視できません: %2。その中の変更を見落とすかもしれません。</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>監視中のフォルダー %1 がなくなりました。監視を停止しました。</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>ホスト名または ftp:// URL を入力してください。</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>名前「%1」には改行が含まれているため、FTP サーバーに送信できません。</translation>
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
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 を利用できません (%1)。IPv4 でのみ待ち受けます。</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>待ち受けるアドレスがありません。</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>すべてのアドレスで空いているポートが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>待ち受けを停止しました</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>サーバーを終了しています。</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>サーバーの管理者によって切断されました。</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>接続数が多すぎます (%1)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>お使いのアドレスからの接続数が多すぎます (%1)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>%1 からの接続を拒否しました: %2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>接続の受け付けを再開しました (その間に %1 件を拒否)</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>新しい接続を受け付けられません: %1。再試行します。</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>新しい接続を受け付けられません: %1 (このプロセスが開けるファイルと接続の上限: %2)。いくつか閉じられるまで新しい接続は拒否されます。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 はログイン失敗が多すぎたため、あと %2 分間ブロックされています (以後の接続はログに記録せずに拒否します)</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS には証明書とその鍵が必要です。</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>暗黙的 FTPS のポートには TLS が必要です (TLS ポリシーがオフです)。</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>%1 で暗黙的 FTPS</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>%1 で暗黙的 FTPS を待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>セッションを閉じています: %1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>%1 バイトを超えるコマンド行を無視しました</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>%1 %2 を拒否しました: 読み取り専用のセッションです</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>クライアントによって中止されました</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>制御接続が閉じられました</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>%1 秒後に切断しました (ダウンロード %2 バイト、アップロード %3 バイト)</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>タイムアウト: %1 秒間コマンドがありません。</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>タイムアウト: %1 秒以内にログインがありません。</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>接続しました (暗黙的 TLS)</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>キャンセルしました: 接続が閉じられました。</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>サーバーがセッションを閉じました: %1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>未実行: この操作の順番が来る前に接続が切断されました (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 はサーバー上にありません (%2 の一覧にありません)。</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>サーバー上のフォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>%1 をアップロードできません: %2 はサーバー上のフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>フォルダー %1 を読み取れません。</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>壊れたシンボリックリンク: スキップしました。</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>フォルダーへのシンボリックリンク: たどりません。</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>アップロード中のフォルダーに戻るシンボリックリンク (ループ): スキップしました。</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>%1 階層より深いフォルダー: スキップしました。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>サーバー上にフォルダー %1 を作成できません: 同じ名前のファイルがあります。</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>通常のファイルではありません: スキップしました。</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>%1 をアップロードできません: サーバー上に同じ名前のフォルダーがあります。</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>パス区切り文字を含む名前はローカルに保存できません: スキップしました。</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>ダウンロード中のフォルダーに戻るリンク (ループ): スキップしました。</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>通常のファイルでもフォルダーでもありません: スキップしました。</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>サーバーがリンク先を示さないフォルダーへのシンボリックリンク: たどりません。</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>ダウンロード中のフォルダーに戻るシンボリックリンク (ループ): スキップしました。</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>サーバーが MLST のファクト %1 の送信を拒否しました</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>現在のフォルダーの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>%1 の一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>サーバーのファイル名が UTF-8 ではありません。この接続では Latin-1 に切り替えます。</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>一覧の行を解析できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>ほかに %n 行の一覧を解析できませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LocalFileModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>パーミッション</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalHasher</name>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>チェックサムを計算するために %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalPane</name>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Local files</source>
        <translation>ローカルファイル</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>%1 に名前を変更しました</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>フォルダー %1 を読み取れません (アクセス拒否)。</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>%1 を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>先にアップロードするファイルまたはフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>%1 を完全に削除しますか? フォルダーは中身ごと削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>この %n 個の項目を完全に削除しますか? フォルダーは中身ごと削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>%1 に作成する新しいフォルダーの名前:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>「%1」は有効なフォルダー名ではありません。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>%2 にフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;フォルダー: %2&lt;br&gt;種類: %3&lt;br&gt;サイズ: %4&lt;br&gt;更新日時: %5&lt;br&gt;パーミッション: %6&lt;br&gt;所有者: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>コマンド、応答、エラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>ログを消去します</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>ログを消去</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>サーバーに認証機構がありません</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>認証機構が提供するファイルがありません</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>ログインしました (%1)。%2 を提供中</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>読み書き可能</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>ユーザー「%1」のログインに失敗しました (%2)。%4 回中 %3 回目</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>ログインに %1 回失敗しました: 切断します</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>「%1」のログインをパスワードを確認せずに拒否しました: このアドレスはログイン失敗が多すぎたため、あと %2 分間ブロックされています</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%2 から %3 分以内にログインに %1 回失敗しました: このアドレスからの接続を %4 分間拒否します</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>%1 ポート %2 に接続しています</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>パスワードの送信後、サーバーが接続を閉じました: %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>サーバーが接続を受け付けませんでした</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>パスワードに改行が含まれています。</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>ユーザー %1 のログインが拒否されました: %2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>サーバーがアカウント (ACCT) を要求していますが、Ferry は対応していません: %1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>ログインに失敗しました (ユーザー名またはパスワードの誤り?): %1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>サーバーは FEAT に対応していません: 基本的なコマンドのみを使います。</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>ログインしました。現在のフォルダー %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS を確立しました (%1)</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>TLS を使用できません: %1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 は TLS を提供していません (AUTH: %2) が、暗号化が必須です。暗号化なしで接続するには ftp:// か TLS モード auto を使ってください。</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>サーバーは TLS を提供していません (%1): 接続は暗号化されず、パスワードとファイルは平文で送られます。</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 はデータ接続の暗号化を拒否しました (PROT P: %2) が、暗号化が必須です。平文のデータ接続を受け入れるには ftp:// か TLS モード auto を使ってください。</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>サーバーはデータ接続の暗号化を拒否しました (%1): ファイルは平文で送られ、パスワードとコマンドは暗号化されます。</translation>
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
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ferry について(&amp;A)</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Ferry について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;ボードとデスクトップのための FTP ファイル転送ツール。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>クイック接続</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>%1 — Ferry</source>
        <translation>%1 — Ferry</translation>
    </message>
    <message>
        <source>No saved sites</source>
        <translation>保存済みのサイトはありません</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>新しい言語は Ferry の次回起動時に有効になります。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>FTP サーバーはポート %1 で動作中です。</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>FTP サーバーは停止しています。</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>FTP サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>FTP サーバーパネルの表示/非表示: フォルダーを FTP で共有します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n 件の転送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>%n 件の転送がまだ実行中です。転送は一時停止した状態でキューに残り、Ferry の次回起動後に再開すると続行されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>FTP サーバーには %n 個のセッションが接続中です。終了すると切断されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Ferry を終了しますか?</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>サイトマネージャー(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>新しいサイト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>クイック接続(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>開く(&amp;O)	Enter</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新しいフォルダー(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>親フォルダー(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>場所を編集(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>隠しファイルを表示(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>ペインの切り替え(&amp;S)	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>転送キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>すべての転送をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>選択した項目をローカルフォルダーにダウンロード (Ctrl+T)</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>選択した項目をリモートフォルダーにアップロード (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>サイトに接続(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>新しいタブ(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>前のタブ(&amp;R)</translation>
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
        <translation>デバイスに空き容量がありません</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>相手側が接続をリセットしました</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>クライアントが TLS を終了せずに接続を閉じました (close_notify なし): データが欠けている可能性があります</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>クライアントが接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>サーバーが TLS を終了せずに接続を閉じました (close_notify なし): データが欠けている可能性があります</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS エラー %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>キーチェーンにそのエントリがありません。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>システムのキーチェーンがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>システムのキーチェーンを使用できませんでした。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>システムのキーチェーンを使用できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>転送に失敗しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>転送はエラーありで終了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n 件の転送が完了、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 件失敗。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>転送が完了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n 件の転送が完了しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>ホスト、ftp://、ftpes:// または ftps://ユーザー@ホスト/フォルダー</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>ホスト名またはアドレス (サーバーが対応していれば TLS で暗号化)、または URL: ftp://、ftpes:// (明示的 TLS 必須)、ftps:// (暗黙的 TLS、ポート 990)。ドロップダウンに最近の接続が表示されます</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>最終アップロード</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバー上</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>編集中のファイル</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>もう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>今すぐアップロード(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>監視をやめる(&amp;S)</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>ファイルを忘れます: 以後の保存はアップロードされず、一時コピーは削除されます</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>デスクトップの既定のアプリケーション</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>ファイルを編集用に開くコマンド (ファイルは末尾に付きます)。例: &quot;kate&quot; や &quot;code --wait&quot;。空欄ならデスクトップのアプリケーション</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>保存したファイルを自動的にアップロード(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>エディター(&amp;E):</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>%1 を %2 にアップロードしました。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>%1 を編集中: 保存するたびに%2。</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>アップロードします</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>アップロードを確認します</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>%1 を開くアプリケーションがありません。下でエディターのコマンドを設定してください。</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>エディター &quot;%1&quot; を起動できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> (アップロード %n 回)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>サーバー上で変更されました</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>保存したファイルをアップロードしますか?</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>%1 は開いた後にサーバー上で変更されました。</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>%1 が保存されました。%2 にアップロードしますか?</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>サーバーのコピーをあなたのもので置き換えますか?</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>サーバーのコピーを上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>サーバーのコピーを残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>今後は保存したファイルを自動的にアップロード</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 バイト、更新 %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開いています</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>変更を監視中</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>保存済み: アップロードしますか?</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>サーバーのコピーを確認中</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>サーバー上で変更されました</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>転送キューはサーバー %1 を知りません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1 に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 はサーバー上のファイルではありません。</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>開いた後にサーバー上で削除されました。</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>開いた後にサーバー上で変更されました: 開いたとき %1、現在 %2。</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>パーミッション</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>ファイルをダウンロードできます</translation>
    </message>
    <message>
        <source>list</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>フォルダーの一覧を取得できます</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>フォルダーに移動できます</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>ファイルを上書きできます</translation>
    </message>
    <message>
        <source>append</source>
        <translation>追記</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>ファイルにデータを追記できます</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>ファイル作成</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>フォルダー内にファイルを作成できます</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>フォルダー作成</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>フォルダー内にフォルダーを作成できます</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>削除できます</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>中身の削除</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>フォルダーの中身を削除できます</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>名前を変更できます</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>権限を変更できます (SITE CHMOD)</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>日時を変更できます (MFMT)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>アクセス不可</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>MLSD の perm 情報: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>RFC 3659 では定義されていません</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>一覧での表示: %1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>MLSD の UNIX.mode 情報: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>リモートファイル</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>未接続です。上にホストまたは ftp:// アドレスを入力して [接続] を押すか、サイトマネージャー (Ctrl+S) を開いてください。</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>リモート (未接続)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>リモート: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>先にダウンロードするファイルまたはフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>名前に「/」は使えません: %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>%1 に名前を変更しました</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>サーバー上で削除</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>サーバー上の %1 を削除しますか? 元に戻せません。フォルダーは中身ごと削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>サーバー上のこの %n 個の項目を削除しますか? 元に戻せません。フォルダーは中身ごと削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>サーバー上で削除しました。</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>サーバー上の新しいフォルダー</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>%1 に作成する新しいフォルダーの名前:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>「%1」は有効なフォルダー名ではありません。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;パス: %2&lt;br&gt;種類: %3&lt;br&gt;サイズ: %4&lt;br&gt;更新日時: %5&lt;br&gt;パーミッション: %6&lt;br&gt;所有者: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;リンク先: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>作業対象のサイト「%1」がありません。</translation>
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
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>名前「%1」に改行が含まれています。</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>%1 の名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できませんでした</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>サーバーが %1 バイトを超える応答行を送信しました。</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>サーバーが FTP の応答ではないものを送信しました:「%1」。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>サーバーが %1 行を超える応答を送信しました。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>サーバーが %1 バイトを超える応答を送信しました。</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1 (転送は暗号化されていません)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>%1 への接続は暗号化されています (%2)。クリックするとサーバーの証明書を表示します。</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>暗号化: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化されていません</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>%1 への接続は暗号化されていません: パスワードとファイルは経路上の誰でも読める状態でネットワークを通ります。</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>%1 への接続は暗号化されていません: サーバーが TLS を提供しなかった (小型ボードは対応できません) か、サイトが「平文のみ」になっています。パスワードとファイルは経路上の誰でも読める状態でネットワークを通ります。サーバーが TLS に対応している場合は、サイトマネージャーで「明示的 TLS を必須にする」または「暗黙的 TLS」を選択してください。</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>証明書を作成できませんでした (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名</translation>
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
        <translation>サーバー証明書用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>%1 のサーバー証明書は別のプロセスにロックされています。</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>保存されたサーバー証明書は使用できません (%1)。新しく作成するには %2 を削除してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>%3 の %1 から %2 の間に空いているパッシブポートがありません: %4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>%1 でデータ接続を待ち受けできません: %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>ファイルの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>ファイルの書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>%1 バイト後にデータ接続が失敗しました: %2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>クライアントが %1 秒以内に接続しませんでした</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>%1 ポート %2 への接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>%1 秒間データが転送されていません。</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>サーバーのスレッドはまだファイル操作を実行中です。しばらくしてからもう一度お試しください</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>読み書き可能</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>(パスワードを入力)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>共有するフォルダー (ここにドロップすることもできます)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>共有するフォルダーを選択</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>空いているポートをシステムに選ばせます。使われたポートは URL に表示されます。</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>匿名ログインを許可する</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>誰でも「anonymous」または「ftp」として任意のパスワードでログインできます。</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>匿名ユーザーにアップロード、名前の変更、削除を許可する</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>ユーザーアカウント</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>名前付きユーザー: セルをダブルクリックして変更します。</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>ユーザーアカウントを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>選択したユーザーアカウントを削除します</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>パスワードを平文で保存する (非推奨)</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>オフの場合、アカウントのパスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>オフの場合、アカウントのパスワードは保存されません: Ferry の再起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>ユーザーアカウント:</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>このサーバーに接続</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>共有フォルダーを最初のユーザーとしてリモートペインで開きます</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>セッションを切断(&amp;D)</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>選択したセッションを閉じます (クライアントには 421 が送られます)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーログ</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>セッション、ログイン、転送、ファイル操作がここに表示されます。</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>先に共有するフォルダーを選んでください: 入力するか、[選択…] を使うか、ファイルマネージャーからドロップします。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>フォルダー %1 は存在しません。既存のフォルダーを選ぶ ([選択…]) か、先に作成してください。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 はフォルダーではなくファイルです。共有するフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry はフォルダー %1 を読み取れません。別のフォルダーを選ぶか、パーミッションを変更してください。</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>名前のないユーザーアカウントがあります: 名前を入力するか、アカウントを削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>「%1」は匿名ログインです: ユーザーとして追加せずに「匿名ログインを許可する」をオンにしてください。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>ユーザー名「%1」に空白またはコロンが含まれています: 別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>ユーザー「%1」が 2 回登録されています: どちらかを削除してください。</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>ユーザー「%1」のパスワードを入力してください (パスワードのセルをダブルクリック)。</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>誰もログインできません: 「匿名ログインを許可する」をオンにするか、ユーザーアカウントを追加してください。</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>サーバーを停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>サーバーを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>セッション (%1)</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>サーバーは停止しています。</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>共有するフォルダー</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1（読み書き可）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>匿名（読み書き可）</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>匿名（読み取り専用）</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>サーバーを起動できませんでした: %1
別のポートを選ぶか、「空いている任意のポート」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>%1 をポート %2 で %3 に公開しています。</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>暗号化ありでサーバーを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>(未ログイン)</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1 (ログイン中)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
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
接続開始: %2
クライアントのダウンロード: %3 バイト
クライアントのアップロード: %4 バイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>現在の操作</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>転送量</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>暗号化 (FTPS)</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>任意: クライアントが TLS か平文を選択 (ボード)</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>必須: ログインとデータは TLS のみ</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>オフ: 平文のみ</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>Ferry 独自の自己署名証明書による FTPS (明示的、AUTH TLS)。初回使用時に作成され、次回以降の起動でも使われます</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>証明書の SHA-256 フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>フィンガープリントをコピーしました</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>証明書
SHA-256:</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>オフ: パスワードを含むすべてが平文でネットワークを通ります。</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>必須: クライアントはログインとファイル転送に TLS (ftpes://) を使う必要があります。</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>任意: TLS (ftpes://) を使えるクライアントは暗号化され、ボードなどその他は平文を使います。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>クライアントはサーバー証明書をフィンガープリントで確認します。サーバーの実行中はここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>クライアントがデータ接続で制御接続の TLS セッションを再開しませんでした (セッションの再利用が必須です)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>新しい言語は Ferry の次回起動時に有効になります。</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>自動 (パッシブ、失敗時はアクティブ)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>パッシブ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>両方残す (新しい方の名前を変更)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>既定の転送モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>並列転送数(&amp;P):</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>ファイルが存在する場合(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>速度制限(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>接続タイムアウト(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>応答タイムアウト(&amp;R):</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>転送に使うサーバーごとの接続数です。小型ボードのサーバー (FEAT なし) は、サイトで別の指定がない限り 1 つです。</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>新しい場合は上書き</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>新しいかサイズが異なる場合は上書き</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>再開 (小さいファイルの続きを転送)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>%1 を %2 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>実行中の Ferry が応答しませんでした: %1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>別の Ferry が実行中です。</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>新しいサイト</translation>
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
        <translation>サイトマネージャー</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>保存済みのサイト</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>新しいサイト(&amp;N)</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>新しいサイト (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>新しいフォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com、192.168.1.20、または ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>匿名の場合は空欄</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>パスワードを平文で保存する (非推奨)</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>自動 (パッシブ、失敗時はアクティブ)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>パッシブ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>転送に使う接続数です。ブラウズにはさらに 1 つ使います。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>ローカルフォルダーを選択</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>ログインフォルダー</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>ボード用プリセット(&amp;B) (NetX Duo / 小型組み込みサーバー)</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>転送用接続 1 つ、パッシブモード、余裕のあるタイムアウト、ボードがアイドルセッションを切断する前のキープアライブ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>転送用接続数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>ローカルフォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>リモートフォルダー(&amp;R):</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>接続タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>応答タイムアウト(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>キープアライブの間隔(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>ローカルフォルダー</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>設定ファイルを読める人は誰でもこのパスワードを読めます。</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>どちらのオプションも選ばない場合、Ferry は接続時にパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>システムのキーチェーンを利用できません: 平文で保存しない限り、Ferry は接続時にパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>フォルダー名 (フォルダー内のフォルダーには / を使います):</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>フォルダーを削除</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>フォルダー %1 にはまだサイトがあります: 先にサイトを削除または移動してください。</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>%1 のパスワードは保存されませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>FileZilla から取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>FileZilla のサイトマネージャー (sitemanager.xml) のサイトを追加します: フォルダー、サーバー、ユーザー、モード、パスワードはシステムのキーチェーンへ</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>FileZilla のサイトマネージャーのファイル</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>FileZilla のサイト (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>FileZilla から %n 件のサイトを取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>OK を押すと保存します (パスワードはシステムのキーチェーンへ)。</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>OK を押すと保存します。</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>FileZilla から取り込む</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>注意 %n 件: 詳細を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>利用可能なら TLS を使用 (FTP、サーバーが対応していれば暗号化)</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>明示的 TLS を必須にする (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>暗黙的 TLS (FTPS、ポート 990)</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>平文のみ (安全ではありません: パスワードがネットワーク上で読めます)</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>「利用可能なら TLS」はサーバーが提供すれば常に暗号化し、対応できないサーバー (小型ボード) でも動作します。明示的 TLS は TLS なしでは続行しません。暗黙的 TLS は最初のバイトから TLS を使い、通常はポート 990 です。</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>アップロードしたファイルのサイズ確認に失敗しました (%1)。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>アップロードしたファイルのサイズを確認できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>%1 のファクトを取得できませんでした</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1: サーバーは MLST に対応していません。</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: 予期しない応答 %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>相手側が終了前に接続を閉じました</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>%n 秒間データが転送されませんでした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>同期ブラウズには両方のペインにフォルダーが必要です。先に接続してください。</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>同期ブラウズ: %1 は %2 に追従します</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>同期ブラウズ</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>フォルダー %1 はサーバー上にありません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>フォルダー %1 はこのコンピューターにありません。</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>両方のペインをそろえるために作成しますか?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>フォルダーを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>サーバーはチェックサムのコマンド (HASH、XSHA256、XSHA1、XMD5、XCRC) を提供していません。サイズと時刻で比較してください。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>サーバーが %1 を拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>両側で同じ</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>サーバーのみ</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>このコンピューターの方が新しい</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>サーバーの方が新しい</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>サイズが異なる</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>同じサイズで内容が異なる (チェックサム)</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>片側はファイル、もう片側はフォルダーかリンク</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>こちら %1、サーバー %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>こちら %1 バイト、サーバー %2 バイト</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>同じサイズ、チェックサム不明</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>フォルダーを比較(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>表示中の 2 つのフォルダーの違いに印を付けます: 緑は片側のみ、橙は新しい (古い側は灰色)、赤はサイズ違い、紫はファイルとフォルダーの食い違い</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>サイズと時刻</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>サイズのみ</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>時刻のみ</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>同期ブラウズ(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>片方のペインでフォルダーに入ると、もう片方でも同じフォルダーに入ります</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>同期(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>リモートを最新に保つ(&amp;K)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>リモートのファイルをエディターで開き、保存するたびにアップロードします</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>編集中のファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>転送が終わったら通知(&amp;N)</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>リモートを最新に保つ</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>編集中のファイル</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>比較の基準(&amp;B)</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>サーバーの時計はこのコンピューターと %1 秒ずれています。比較ではこれを考慮します。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>サーバーにフォルダーを作成</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>こちらにフォルダーを作成</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>サーバー上で削除</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>こちらで削除</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>サーバーのみ</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>このコンピューターのみ (余分なものは削除)</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>サーバーのみ (余分なものは削除)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>チェックサム不明</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>更新時刻不明</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>転送キューはサーバー %1 を知りません。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>フォルダー %1 を削除できません (空ですか?)。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>%1 を一覧中: フォルダー %n 個、項目 %2 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 を一覧中</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>チェックサムを比較中: %1 / %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>ローカルフォルダーを選択</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>アップロード: サーバーをこのコンピューターと同じにする</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>ダウンロード: このコンピューターをサーバーと同じにする</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>双方向: 新しいファイルが優先</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>更新時刻(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>チェックサム(&amp;H)</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>同じサイズのファイルはサーバーのチェックサムで比較します (遅くなります: 両側がそうしたファイルをすべて読みます)。</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>サーバーはチェックサムのコマンド (HASH、XSHA、XMD5、XCRC) を提供していません。</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>転送先にしかないファイルとフォルダーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>すべて (例: *.bin *.cfg)</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>なし (例: *.o .git/ build/)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>ローカルフォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>リモートフォルダー(&amp;R):</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>方向(&amp;R):</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>比較の基準:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>含める(&amp;I):</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>除外(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>予定の操作</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>すべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>チェックを外す(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>チェックした操作を転送キューに入れます</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>先にサーバーに接続してください。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>リモートフォルダーは絶対パス (/ で始まる) にしてください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>そのまま (競合)</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — どちらが正しいとも言えません</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>何もすることはありません: フォルダーはそろっています (%n 項目を比較)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>行わない操作のチェックを外してから実行してください。</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>%2 件中 %1 件をチェック: アップロード %3、ダウンロード %4 (%5)、作成するフォルダー %6、削除 %7</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>; 競合 %n 件はそのまま</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>実行中: %2 件中 %1 件完了、失敗 %3</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>完了: 成功 %1、失敗 %2:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>完了: %n 件の操作がすべて完了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>%n 件の操作をキューに入れました: 転送キューを参照してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>%1 のポート %2 に接続できません</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>接続を確立できませんでした</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>サーバーの時計のずれを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS を確立しました (%1)</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>制御接続の TLS に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS を開始できません: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>PEM 証明書が見つかりません (%1)。</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>証明書なし</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>鍵なし</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>秘密鍵はパスフレーズで保護されています。サーバーにはパスフレーズなしの鍵が必要です。</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>PEM 秘密鍵が見つかりません (%1)。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>秘密鍵が証明書と対応していません。</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 と %2: %3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>証明書を使用できません: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>サーバーに証明書がありません。</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>TLS を設定できません: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS を開始できません: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>データ接続の証明書は信頼されていません (%1)。SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>TLS ストリームの終了なしで接続が閉じられました (close_notify なし): データが欠けている可能性があります</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>転送 %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>先にサーバーに接続してください: アップロード先は右側に表示されているフォルダーです。</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>%n 個の項目を %1 にアップロードしています</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>先にダウンロード先のローカルフォルダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>%n 個の項目を %1 にダウンロードしています</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>%1 をキューに追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>ドロップ用にダウンロードしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>前回実行時の転送キューを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>前回の実行で完了しなかった %n 件の転送がキューで一時停止しています。そのサーバーに接続し、[再開] を押すと続行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>%1 のアップロードに失敗しました: %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>%1 のダウンロードに失敗しました: %2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>すべての転送が完了しました</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>ディレクトリ一覧の送信が完了しました。</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>転送が完了しました。</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>ストレージの空き容量が足りません: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>ファイルの書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>アップロードの確定前にクライアントが制御接続を閉じたため、アップロードは破棄されました。</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>転送が完了しました (一意なファイル名: %1)。</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>途中までのアップロード %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>転送を中止しました: %1。</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2: %3 バイト、%4 秒 (%5 MB/s): %6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>データ接続を開けません。</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>接続が閉じられました。転送を中止しました。</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>ローカルエラー: ファイルの読み込みに失敗しました。</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>ストレージの空き容量が足りません。</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>ローカルエラー: ファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>データ接続: %1、TLS セッション再開</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>データ接続: %1、新しい TLS セッション</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>SSL 接続に失敗しました。</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>SSL 接続に失敗しました: セッションの再利用が必要です。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>転送エンジンは停止しています。</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>転送エンジンが %1 秒以内に停止しませんでした。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>サーバーが %1 のダウンロードを拒否しました</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>サーバーが %1 のアップロードを拒否しました</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>サーバーは転送の再開 (REST) に対応していません</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>%1 のダウンロードが %3 バイト中 %2 バイトで終了しました: データ接続が途中で閉じられました。</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>再開(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>一覧から削除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>すべて一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>すべて再開(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了した項目を消去(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>キュー (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>完了 (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失敗 (%1)</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>転送はありません。ペイン間でファイルをドラッグするか、ファイルを選択して Ctrl+T を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 件実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 件一時停止中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 個の接続</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>転送に使うサイト「%1」がありません。</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>ローカルパス「%1」は絶対パスではありません。</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>リモートパス「%1」は絶対パスではありません (/ で始まる必要があります)。</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>転送キューを %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>転送キュー %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>キューファイル内のジョブにサイト、方向、または状態がありません。</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>キューファイル内のジョブにローカルパスまたはリモートパスがありません。</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>ジョブ番号 %1 は使用済みです。</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>転送キュー %1 は使用できず (%2)、退避もできませんでした: %3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>転送キュー %1 は使用できません (%2)。%3 として保存しました。</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>Ferry の転送キューではありません</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>新しい Ferry で書かれたもの</translation>
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
        <translation>%1 を %3 の %2 にアップロード</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>%2 の %1 を %3 にダウンロード</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%2 個中 %1 個のファイルが完了、%3 個をスキップ、%4 個が失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>失敗後に %n 回再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%3 個中 %2 個のファイル)</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>フォルダーを一覧表示しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1 (%n 回再試行)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>転送先</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferScheduler</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>転送に使うサイト「%1」がありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>接続できませんでした (%1)。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>一覧の取得に失敗しました (%1)。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>%1 をダウンロードできません: %2 はフォルダーです。</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 は存在します。確認する相手がいないため、スキップします。</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 に失敗しました (%2)。%5 秒後に再試行します (%4 回中 %3 回目)。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>%2 個中 %1 個のファイルが失敗しました。最初のエラー: %3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>途中までのアップロード %1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>設定ファイル %1 は破損しており、退避できませんでした: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>設定ファイル %1 は破損しています。%2 として保存し、Ferry は新しく作り直します。</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>監視するフォルダーを選択</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>アップロードしないファイルとフォルダーのパターン (空白区切り)。末尾の / はフォルダーを表します。</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>ここで削除したものをサーバーでも削除</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>最初に違いをアップロード</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>最近のアップロードとエラー</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>監視(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>アップロード先(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>無視(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>先にサーバーに接続してください。</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>リモートフォルダーは絶対パス (/ で始まる) にしてください。</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>フォルダー作成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>%1 → %3 の %2 を監視中: アップロード %4、削除 %5、失敗 %6%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation> (処理中)</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>サーバーに接続し、フォルダーを選んで開始してください。そこに保存したファイルはすべてアップロードされます。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>転送キューはサーバー %1 を知りません。</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>ファイル名が無効です: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>フォルダーが存在しません: %1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 は共有フォルダーの外を指しています。</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>フォルダーではありません: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>ファイルまたはフォルダーが存在しません: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>アクセスが拒否されました: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>ファイルが存在しません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>%1 をバイト %2 から読み始められません。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>%1 をバイト %2 から再開できません: ファイルは %3 バイトです。</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>%1 をバイト %2 から再開できませんでした: %3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>アクセスが拒否されました: %1 を作成できません。</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>ルートフォルダーは削除できません。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>フォルダー %1 は空ではありません。</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>フォルダー %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 はフォルダーです: RMD を使ってください。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>ルートフォルダーの名前は変更できません。</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>%1 という名前のフォルダーはすでに存在します。</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>%1 をそれ自身の中には移動できません。</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できませんでした: %3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>ファイル名が無効です: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>フォルダーが存在しません: %1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>フォルダーではありません: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>ファイルまたはフォルダーが存在しません: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>ファイルが存在しません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>%1 をバイト %2 から読み始められません。</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>アクセスが拒否されました: %1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>%1 をバイト %2 から再開できません: ファイルは %3 バイトです。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>アクセスが拒否されました: %1 を作成できません。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>フォルダー %1 は空ではありません。</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 はフォルダーです: RMD を使ってください。</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>%1 をそれ自身の中には移動できません。</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>%1 という名前のフォルダーはすでに存在します。</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>TLS/SSL 接続が閉じられました</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>匿名アクセスは無効です</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
</context>
</TS>
