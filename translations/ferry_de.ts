<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>Ferry::CertificateDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>ABGELAUFEN am %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>NOCH NICHT GÜLTIG (ab %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>Vertrauenswürdig: Der Zertifikatspeicher des Systems bürgt für dieses Zertifikat und seinen Namen.</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>Über seinen Fingerabdruck vertrauenswürdig: Er wurde für diesen Server angegeben, oder Sie haben ihn in dieser Sitzung für eine andere Verbindung zu diesem Server akzeptiert.</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>Vertrauenswürdig, weil Sie gewählt haben, genau diesem Zertifikat für diesen Server immer zu vertrauen.</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>Vertrauenswürdig, weil Sie es für diese Verbindung akzeptiert haben.</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>Dateiübertragungen und Verzeichnislisten sind NICHT verschlüsselt (der Server hat PROT P nicht angenommen).</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>WARNUNG: Zertifikat geändert</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>&amp;Dem neuen Zertifikat für diesen Server immer vertrauen (es ersetzt das bisher vertraute)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;immer vertrauen</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry merkt sich genau dieses Zertifikat für %1; zeigt der Server jemals ein anderes, warnt Ferry Sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry kann nicht bestätigen, dass es mit diesem Server spricht und nicht mit jemandem dazwischen. Vergleichen Sie den SHA-256-Fingerabdruck unten mit dem, den Ihnen der Administrator des Servers nennt (ein Ferry-Server zeigt ihn in seinem Bereich), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich GEÄNDERT.</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>Sie haben diesem Server zuvor mit einem anderen Zertifikat vertraut. Jemand könnte die Verbindung abfangen, oder der Administrator des Servers hat ein neues Zertifikat installiert. Verbinden Sie sich nur, wenn Sie wissen, warum es sich geändert hat: Fragen Sie den Administrator nach dem neuen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>Was die Prüfung des Systems dazu sagt:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>Bisher vertrauter Fingerabdruck:</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>Jetzt gezeigter Fingerabdruck:</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— das Zertifikat ist nicht für diesen Namen ausgestellt</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (des Servers)</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1 (Aussteller, Ebene %2)</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>Zertifikats&amp;kette:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>Selbstsigniert (der Aussteller ist der Inhaber selbst: niemand bürgt dafür)</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>Keine Prüfsummenmethode für %1.</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>Der Server hat %1 abgelehnt</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>Die %1-Prüfsumme von %2 konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unerwartete Antwort %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>Ausführliche Liste, ein Eintrag pro Zeile wie bei `ls -l`: Typ und Rechte, Größe in Bytes, Änderungszeit und Name.</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>Fortsetzen: Wenn die Teildatei .NAME.ferry-part existiert, den Download ab ihrer Größe fortsetzen (REST); sie behalten, wenn der Download fehlschlägt oder unterbrochen wird.</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>Als NAME anmelden (statt des Benutzers aus der URL; Standard: anonymous).</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>Mit PASSWORT anmelden (statt des Passworts aus der URL). Andere Benutzer dieses Rechners können Befehlszeilen sehen: verwenden Sie besser die Umgebungsvariable FERRY_PASSWORD.</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>Aktiver Modus: der Server verbindet sich für die Daten mit ferry (EPRT/PORT).</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>Passiver Modus: ferry verbindet sich für die Daten mit dem Server (EPSV/PASV). Standard: passiv, mit Rückfall auf aktiv, wenn der Server ablehnt.</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>Den Steuerdialog mit dem Server (Passwörter maskiert) und eine Übertragungszusammenfassung auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>Ein entferntes Verzeichnis auflisten oder eine Datei anzeigen.</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>Listet das Verzeichnis auf, das die URL bezeichnet (ftp://host/ ist das Anmeldeverzeichnis); bei einer URL, die eine Datei bezeichnet, wird diese Datei angezeigt. Gibt einen Namen pro Zeile auf der Standardausgabe aus, sortiert, Verzeichnisse mit abschließendem &apos;/&apos;; eine Auflistung mit mehr als 10.000 Einträgen wird ausgegeben, während sie ankommt, in der Reihenfolge des Servers. Mit -l ein Eintrag pro Zeile wie bei `ls -l`: Typ und Rechte (&apos;?&apos;, wo der Server nichts angibt; bei Servern, die nur sagen, was diese Anmeldung darf, ist das die erste Dreiergruppe), Größe in Bytes, Änderungszeit (Ortszeit, JJJJ-MM-TT HH:MM), Name und &apos; -&gt; ZIEL&apos; bei symbolischen Links. Die Einträge &apos;.&apos; und &apos;..&apos; werden ausgelassen.</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>Eine Datei herunterladen.</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>Lädt die Datei, die die URL bezeichnet, nach LOKAL herunter. Ohne LOKAL behält die Datei ihren entfernten Namen im aktuellen Verzeichnis; ist LOKAL ein Verzeichnis, kommt die Datei unter ihrem entfernten Namen hinein; &apos;-&apos; schreibt die Datei auf die Standardausgabe. Die Daten gehen in eine temporäre Datei .NAME.ferry-part neben dem Ziel, die erst in NAME umbenannt wird (eine vorhandene Datei wird ersetzt), wenn die ganze Datei angekommen ist. Bei einem Fehler oder Strg+C wird die temporäre Datei entfernt, außer -c ist angegeben.</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>Eine Datei hochladen.</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>Lädt die lokale Datei LOKAL zur URL hoch und ersetzt eine entfernte Datei gleichen Namens. Endet die URL mit &apos;/&apos;, kommt die Datei unter ihrem lokalen Namen in dieses Verzeichnis.</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>Ein entferntes Verzeichnis anlegen.</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>Legt das Verzeichnis an, das die URL bezeichnet. Das übergeordnete Verzeichnis muss existieren.</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>Eine entfernte Datei löschen.</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>Löscht die Datei, die die URL bezeichnet. Verzeichnisse werden mit rmdir gelöscht.</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>Ein leeres entferntes Verzeichnis löschen.</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>Löscht das Verzeichnis, das die URL bezeichnet. Server löschen nur leere Verzeichnisse.</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>Eine entfernte Datei oder ein Verzeichnis umbenennen oder verschieben.</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>Benennt die Datei oder das Verzeichnis, das die URL bezeichnet, in NEUERNAME um. NEUERNAME gilt relativ zu dem Verzeichnis, das den Eintrag enthält, außer er beginnt mit &apos;/&apos; (ein absoluter Pfad auf dem Server) oder ist eine ftp://-URL auf demselben Server; er wird nur prozentdekodiert, wenn er eine URL ist.</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>Einen lokalen Ordner per FTP freigeben, bis Strg+C.</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>Startet Ferrys FTP-Server auf einem lokalen Ordner (siehe ferry serve --help).</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>der Vorgang ist fehlgeschlagen: der Server hat ihn abgelehnt (Datei nicht vorhanden, Zugriff verweigert, ...)</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>Aufruffehler: ungültige Befehlszeile oder URL</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>Verbindungs- oder Anmeldefehler: Host nicht gefunden, Verbindung abgelehnt oder unterbrochen, Zeitüberschreitung, falsches Passwort</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>lokaler E/A-Fehler: eine lokale Datei konnte nicht gelesen, geschrieben oder umbenannt werden</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>unterbrochen (Strg+C oder SIGTERM)</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URLs:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>Das Passwort für einen benannten Benutzer (--user oder aus der URL), wenn weder --password noch die URL eines angibt.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>Eine URL anstelle eines Befehls nimmt keine weiteren Argumente; um einen Befehl darauf auszuführen, schreiben Sie z. B. &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>Diese ferry-Version hat keine grafische Oberfläche, um %1 zu öffnen; verwenden Sie einen Befehl wie &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>Zu viele Argumente (Aufruf: ferry help [BEFEHL]).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Fehlendes Argument (Aufruf: %1).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>Zu viele Argumente (Aufruf: %1).</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Wählen Sie --active oder --passive, nicht beides.</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>Aufruf: ferry BEFEHL [OPTIONEN] ARGUMENTE</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  öffnet das Hauptfenster</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry überträgt Dateien von und zu FTP-Servern, vom Desktop bis zu kleinen Boards. Daten gehen an die Standardausgabe, Meldungen an die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>Hilfe zu einem Befehl anzeigen (oder: ferry BEFEHL --help).</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Weitere Optionen:</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>Aufruf: ferry %1 [OPTIONEN] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry: diese Version hat keine grafische Oberfläche.</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;ferry --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;ferry %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;ferry serve --help&apos;.</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>Einen Ordner zu einem Server oder von einem Server spiegeln.</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>Macht DEST zu einer Kopie von SRC; eines davon ist ein lokaler Ordner, das andere eine ftp://-URL (siehe ferry mirror --help).</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;ferry mirror --help&apos;.</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[BENUTZER[:PASSWORT]@]HOST[:PORT]/PFAD, z. B. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. Der Port ist standardmäßig 21; ohne Benutzer meldet sich ferry als anonymous an. Namen dürfen prozentkodiert sein (a%20b.txt, %C3%A9). PFAD ist relativ zum Anmeldeverzeichnis; ftp://host/%2Fetc/motd oder ftp://host//etc/motd ist der absolute Pfad /etc/motd. Ein abschließendes &apos;/&apos; bezeichnet ein Verzeichnis. ftpes:// verlangt TLS (AUTH TLS), ftps:// ist implizites TLS (Port 990); ftp:// verschlüsselt mit TLS, wenn der Server es anbietet, und sagt es mit -v.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>Die URL %1 bezeichnet kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>Die URL %1 bezeichnet ein Verzeichnis, keine Datei; verwenden Sie rmdir für Verzeichnisse.</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>Die URL %1 bezeichnet nichts, was umbenannt werden könnte.</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>Kein Befehl, der mit einem Server spricht.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>Die URL %1 bezeichnet ein Verzeichnis; get lädt eine einzelne Datei herunter.</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>Hochladen von der Standardeingabe wird nicht unterstützt; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 ist ein Verzeichnis; put lädt eine einzelne Datei hoch.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Der neue Name ist leer.</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 liegt auf einem anderen Server; mv benennt nur auf einem Server um.</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>Die URL %1 enthält keinen neuen Namen.</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1: Datei oder Verzeichnis nicht vorhanden.</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>Diese Listenzeile konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>%1 wird ab Byte %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>Der unvollständige Download bleibt in %1 erhalten; führen Sie denselben Befehl erneut aus, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 Bytes nach %2 in %3 s heruntergeladen (%4).</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 Bytes nach %2 in %3 s hochgeladen (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>%n weitere Zeile der Auflistung war nicht lesbar.</numerusform>
            <numerusform>%n weitere Zeilen der Auflistung waren nicht lesbar.</numerusform>
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
        <translation>Argument fehlt (Aufruf: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>Zu viele Argumente (Aufruf: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>Von SRC und DEST muss eines eine ftp://-URL und das andere ein lokaler Ordner sein.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel erwartet eine Zahl von 1 bis 32.</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Wählen Sie --active oder --passive, nicht beides.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 Dateien, %4 übersprungen, %5 fehlgeschlagen, %6 von %7, %8/s, Restzeit %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>übertragen: %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>übersprungen: %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry: unterbrochen
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>Fehlgeschlagen:
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>gelöscht: %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry: %1 kann nicht gelöscht werden: %2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>Spiegeln (%1): %2 übertragen, %3 übersprungen, %4 fehlgeschlagen, %5 gelöscht, %6 in %7 s (%8)
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>download</source>
        <translation>Herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch lädt einen lokalen Ordner hoch: mit einem lokalen SRC verwenden, ohne --dry-run oder --compare.</translation>
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
        <translation>Aufruf: ferry mirror [OPTIONEN] SRC DEST

Macht DEST zu einer Kopie von SRC. Eines davon ist die ftp://-URL eines
Ordners, das andere ein lokaler Ordner: ein lokales SRC wird hochgeladen, ein
entferntes SRC heruntergeladen. Der Inhalt von SRC kommt nach DEST, das bei
Bedarf angelegt wird. Eine Datei, die in DEST existiert, wird ersetzt, wenn
ihre Größe abweicht oder die Quelle neuer ist, und sonst übersprungen.
Bei vorübergehenden Fehlern wird die Übertragung wiederholt und, wo der
Server es erlaubt, an der Abbruchstelle fortgesetzt; Uploads werden geprüft.
Downloads behalten die Zeitstempel des Servers.

Optionen:
      --parallel N      Bis zu N Verbindungen gleichzeitig (Standard: 3, eine
                        bei Board-Servern).
      --newer-only      Nur Dateien übertragen, die in DEST fehlen oder in SRC
                        neuer sind.
      --dry-run         Auf der Standardausgabe ausgeben, was übertragen (und
                        mit --delete gelöscht) würde, eine Zeile je Aktion mit
                        dem Grund; nichts ändern.
      --include GLOB    Nur Dateien, deren relativer Pfad, Name oder ein
                        übergeordneter Ordner auf GLOB passt (*, ?, [...];
                        &apos;*&apos; endet bei &apos;/&apos;; wiederholbar).
      --exclude GLOB    Dateien auslassen, deren relativer Pfad, Name oder ein
                        übergeordneter Ordner auf GLOB passt (wiederholbar).
      --delete          Nach einer fehlerfreien Übertragung die Dateien und
                        Ordner in DEST löschen, die nicht in SRC sind. Durch
                        --include/--exclude ausgelassene Dateien bleiben.
      --compare         Ausgeben, was sich zwischen SRC und DEST unterscheidet,
                        eine Zeile je Pfad mit dem Grund (-v: auch die
                        gleichen); nichts ändern. Exit-Status 0, wenn nichts
                        abweicht, sonst 1.
      --checksum        Dateien gleicher Größe nach der Prüfsumme des Servers
                        (HASH, XSHA256, XSHA1, XMD5 oder XCRC) statt nach der
                        Zeit vergleichen.
      --watch           Nach dem Spiegeln weiter hochladen, was sich in SRC
                        (einem lokalen Ordner) ändert, eine Zeile je Upload;
                        mit --delete auch löschen, was gelöscht wird; was
                        --exclude trifft, wird nicht überwacht. Strg+C beendet.
      --user NAME       Als NAME anmelden (statt des Benutzers aus der URL).
      --password PASSWORD
                        Mit PASSWORD anmelden (oder FERRY_PASSWORD setzen).
      --active          Aktiver Modus: der Server verbindet sich für die Daten
                        mit ferry.
      --passive         Passiver Modus (Standard, mit Rückfall auf aktiv).
  -v, --verbose         Eine Zeile pro übertragener, übersprungener oder
                        gelöschter Datei sowie pro Wiederholung oder Fehler.
  -h, --help            Diese Hilfe anzeigen.
      --tls MODE        auto, require, implicit oder off (überschreibt das Schema
                        der URL: ftp://, ftpes://, ftps://).
      --fingerprint SHA256
                        Dem Serverzertifikat mit diesem SHA-256 vertrauen.
      --cacert FILE     Der CA oder dem Serverzertifikat in FILE vertrauen.

In einem Terminal zeigt die Standardfehlerausgabe eine Zeile pro laufender
Übertragung und eine Gesamtzeile. Am Ende folgt eine Zusammenfassung:
übertragene, übersprungene, fehlgeschlagene und gelöschte Dateien, Bytes und
Zeit.

Exit-Status: 0 alles gespiegelt, 1 einige Dateien fehlgeschlagen (auf der
Standardfehlerausgabe aufgeführt) oder der Server hat abgelehnt,
2 Aufruffehler, 3 Verbindungs- oder Anmeldefehler, 4 lokaler E/A-Fehler,
130 unterbrochen (Strg+C).
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>Der Ordner %1 auf dem Server kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>Die Uhr des Servers geht %1 s vor (aus einem früheren Upload gelernt).
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>%n Pfad verglichen: </numerusform>
            <numerusform>%n Pfade verglichen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n unterscheidet sich.
</numerusform>
            <numerusform>%n unterscheiden sich.
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>würde %1 übertragen (%2)
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>würde %1/ anlegen (%2)
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>würde %1%2 löschen (%3)
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>würde %1 lassen (%2)
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>Probelauf: %1 zu übertragen (%2), %3 zu löschen, %4 unverändert; nichts geändert.
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>Überwache %1 (Strg+C beendet)...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>hochgeladen %1 (%2)
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>gelöscht %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>angelegt %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>fehlgeschlagen %1: %2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>Die Uhr des Servers geht %1 s vor der dieses Rechners.
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>Überwachung beendet: %1 hochgeladen, %2 gelöscht, %3 fehlgeschlagen.
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>Zu viele Argumente (Aufruf: ferry serve [VERZ] [OPTIONEN]).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535 (0: ein beliebiger freier Port), nicht „%1“.</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind erwartet eine IPv4- oder IPv6-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user erwartet NAME:PASSWORT[:rw|ro], z. B. --user alice:secret:rw, nicht „%1“.</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports erwartet einen Bereich A-B von Ports zwischen 1024 und 65535, z. B. 50000-50999.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions erwartet eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address erwartet eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry: der freizugebende Ordner %1 konnte nicht angelegt werden; geben Sie einen Ordner an: ferry serve VERZ
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry: %1 ist kein Ordner.
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur Lesen)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonym (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonym (nur Lesen)</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry: der Server konnte nicht gestartet werden: %1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>Strg+C zum Beenden.
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Wird beendet.</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after erwartet eine Anzahl fehlgeschlagener Anmeldungen (0: nie sperren).</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes erwartet eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry: Das Zertifikat kann nicht verwendet werden: %1
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
        <translation>ferry: Bereitstellung ohne FTPS: %1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS: aus.
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS: erforderlich (AUTH TLS auf Port %1</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS: optional (AUTH TLS auf Port %1</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>, implizites TLS auf Port %1</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>; Datenverbindungen müssen die TLS-Sitzung fortsetzen).
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats: %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>Zertifikat (selbstsigniert, jetzt erstellt): %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>Zertifikat (selbstsigniert): %1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls erwartet off, optional oder required, nicht „%1“.</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert und --key gehören zusammen: das Zertifikat (PEM) und sein privater Schlüssel.</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port erwartet eine Zahl von 0 bis 65535 (0: beliebiger freier Port), nicht „%1“.</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off passt nicht zu --cert, --implicit-port oder --tls-require-reuse.</translation>
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
        <translation>Aufruf: ferry serve [VERZ] [OPTIONEN]

Gibt den Ordner VERZ per FTP (IPv4 und IPv6) frei, bis Strg+C. Gibt die URLs aus, die auf der
Gegenseite einzugeben sind, dann eine Zeile pro Sitzung, Anmeldung, Übertragung und Dateioperation.
Ohne VERZ wird Ihr Öffentlich-Ordner freigegeben; ohne --user darf sich jeder als anonymous
anmelden, nur lesend. Passwörter erscheinen nie im Protokoll.

Optionen:
      --port N          Auf Port N lauschen (Standard 2121; 0: ein beliebiger freier Port).
      --bind ADDR       Nur auf ADDR lauschen (wiederholbar; Standard: jede IPv4- und IPv6-
                        Adresse dieses Rechners).
      --user NAME:PASSWORD[:rw|ro]
                        NAME darf sich mit PASSWORD anmelden, lesend und schreibend (rw,
                        Standard) oder nur lesend (ro). Wiederholbar.
      --anonymous       Auch anonyme Anmeldungen erlauben (Standard, wenn kein --user angegeben ist).
      --writable        Anonyme Benutzer dürfen hochladen, umbenennen und löschen.
      --passive-ports A-B
                        Passive Datenports aus A-B wählen (für Firewalls; Standard
                        50000-50999).
      --max-sessions N  Höchstens N Sitzungen gleichzeitig bedienen (Standard 32).
      --max-per-address N
                        Höchstens N Sitzungen von einer Client-Adresse (Standard 8).
      --ban-after N     Eine Adresse nach N fehlgeschlagenen Anmeldungen innerhalb von 10
                        Minuten, über alle ihre Verbindungen, für --ban-minutes abweisen
                        (Standard 10; 0: nie). Jeder Fehlschlag verzögert zudem die nächste
                        Antwort an diese Adresse weiter.
      --ban-minutes M   Wie lange eine solche Adresse abgewiesen wird (Standard 15).
      --tls off|optional|required
                        FTPS (RFC 4217). optional (Standard): Clients können TLS
                        verwenden (AUTH TLS), Klartext geht weiter (Boards); required:
                        Anmeldungen und Datenverbindungen nur über TLS; off: nur Klartext.
      --cert FILE --key FILE
                        Das Zertifikat (PEM, seine Kette dahinter) und sein privater
                        Schlüssel. Standard: ein selbstsigniertes Zertifikat, beim ersten
                        Gebrauch erstellt und in Ferrys Datenordner behalten (sein
                        Fingerabdruck wird beim Start ausgegeben).
      --implicit-port N Zusätzlich auf Port N für implizites FTPS lauschen (TLS ab
                        Verbindungsaufbau, ftps://; 0: beliebiger freier Port).
      --tls-require-reuse
                        TLS-Datenverbindungen ablehnen, die die TLS-Sitzung der
                        Steuerverbindung nicht fortsetzen (522), wie vsftpd standardmäßig.
  -v, --verbose         Auch jeden Befehl und jede Antwort protokollieren.
  -h, --help            Diese Hilfe anzeigen.

Kleine Boards (FTP-Clients von NetX Duo) werden so bedient, wie sie es erwarten. Exit-Status: 0 nach
Strg+C, 2 Aufruffehler, 3 der Port konnte nicht geöffnet werden, 4 der Ordner ist nicht vorhanden.
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>%1 wird auf Port %2 für %3 bereitgestellt.
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>Verbinden mit:
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Verschlüsselung: auto (TLS, wenn der Server es anbietet; Standard für ftp://), require (explizites TLS; ftpes://), implicit (TLS ab dem ersten Byte; ftps://, Port 990) oder off. Überschreibt das Schema der URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>Dem Serverzertifikat mit dem SHA-256-Fingerabdruck SHA256 vertrauen (hexadezimal, Doppelpunkte optional), auch wenn es selbstsigniert ist oder sein Name nicht passt.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>Den Zertifikaten in FILE vertrauen (PEM oder DER): einer CA, die das Serverzertifikat signiert hat, oder dem eigenen Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Verschlüsselung: auto (TLS, wenn der Server es anbietet, Standard für ftp://), require (ftpes://), implicit (ftps://, Port 990) oder off. Überschreibt das Schema der URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (hexadezimal, Doppelpunkte optional), auch wenn es selbstsigniert ist.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>Den Zertifikaten in FILE vertrauen (PEM oder DER): dem des Servers oder der CA, die es signiert hat.</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls erwartet auto, require, implicit oder off, nicht „%1“.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint erwartet einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern, Doppelpunkte optional (nicht „%1“).</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>Ist das das Zertifikat des Servers, erneut mit --fingerprint %1 ausführen (oder --cacert FILE mit dem Zertifikat oder seiner CA).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>Das Zertifikat von %1:%2 hat sich GEÄNDERT, seit Sie ihm vertraut haben: Sein SHA-256-Fingerabdruck ist jetzt %3, vorher %4. Jemand könnte die Verbindung abfangen; abgelehnt. Wurde das Zertifikat des Servers wirklich ersetzt, prüfen Sie den neuen Fingerabdruck mit seinem Administrator und führen Sie erneut mit --fingerprint %3 aus.</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>Nicht verschlüsselt (Klartext).</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>Zertifikat vom System als vertrauenswürdig eingestuft</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>Zertifikat per Fingerabdruck festgelegt</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>Zertifikat für diesen Server bereits vertraut</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>Zertifikat für diese Verbindung akzeptiert</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>Verschlüsselt: %1; %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>diese Qt-Version hat keine TLS-Unterstützung (%1)</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>TLS auf der Datenverbindung über Qt: %1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>die Steuerverbindung hat kein Zertifikat zum Vergleichen</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>die Verbindung ist dafür nicht bereit</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>TLS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>die Steuerverbindung hat noch keine TLS-Sitzung zum Fortsetzen</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>die TLS-Sitzung der Steuerverbindung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>die TLS-Sitzung der Steuerverbindung kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>die TLS-Sitzung der Steuerverbindung kann nicht angeboten werden: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>der Server hat auf der Datenverbindung kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>das Zertifikat der Datenverbindung (%1, SHA-256 %2) ist nicht das für die Steuerverbindung akzeptierte</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>Der aktuelle Ordner konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>Wechsel in den Ordner %1 nicht möglich</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>Der Ordner %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>Die Größe von %1 konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>Die Änderungszeit von %1 konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>Der Server hat NOOP nicht angenommen</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>Der Server hat QUIT nicht angenommen</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>Der Server hat „%1“ abgelehnt</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1: der Server unterstützt %2 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>„%1“ ist keine einzelne Befehlszeile.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>Die Antwort des Servers auf PWD enthält keinen Ordner: %1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unerwartete Antwort %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>Hier neuer als auf dem Server</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>Auf dem Server älter als hier</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>Hier älter als auf dem Server</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>Auf dem Server neuer als hier</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>nur auf einer Seite</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>neuer (älter: grau)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>Datei/Ordner</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>Verzeichnisvergleich: die Markierungen zeigen, wie jeder Eintrag vom Ordner des anderen Bereichs abweicht; für Größen und Zeiten auf einen Eintrag zeigen.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>die Verbindung konnte nicht eingerichtet werden</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>Daten verschlüsselt</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>Daten nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Trenne…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Verbindung zu %1 getrennt.</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Geben Sie einen Hostnamen oder eine ftp://-URL ein.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
Passwort für %2 auf %3:</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>Der Schlüsselbund hat kein Passwort für diesen Server (%1).</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>Warte auf eine freie Sitzung bei %1…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>Warte auf eine freie Sitzung: %1 bedient %n Sitzung gleichzeitig, und sie ist belegt (%2 durch Tabs, %3 durch Übertragungen). Dieser Tab verbindet sich, sobald eine frei wird; das Schließen eines anderen Tabs auf diesem Server gibt eine frei.</numerusform>
            <numerusform>Warte auf eine freie Sitzung: %1 bedient %n Sitzungen gleichzeitig, und alle sind belegt (%2 durch Tabs, %3 durch Übertragungen). Dieser Tab verbindet sich, sobald eine frei wird; das Schließen eines anderen Tabs auf diesem Server gibt eine frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>Nicht verbunden. Beim letzten Start von Ferry war dieser Tab mit %1 verbunden. Drücken Sie „Verbinden“, um dorthin zurückzukehren (Ferry speichert keine Passwörter).</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>Nicht verbunden. Beim letzten Start von Ferry zeigte dieser Tab den Ordner „%1“ von %2. Drücken Sie „Verbinden“, um dorthin zurückzukehren (Ferry speichert keine Passwörter).</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>Dem Zertifikat von %1 wird nur für diese Verbindung vertraut: Ferry konnte es nicht für das nächste Mal in %2 speichern.</translation>
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
        <translation>Tab schließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>%n Übertragung von oder zu %1 wartet oder läuft. Sie nutzt eine eigene Verbindung und kann ohne diesen Tab weiterlaufen.</numerusform>
            <numerusform>%n Übertragungen von oder zu %1 warten oder laufen. Sie nutzen eigene Verbindungen und können ohne diesen Tab weiterlaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>Schließen, Übertragungen &amp;laufen weiter</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>Schließen und &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>Tab &amp;behalten</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>Der Server %1 hat etwas gesendet, das keine FTP-Antwort ist (%2).</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt: läuft auf diesem Port ein FTP-Server?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>Verbindung zu %1 innerhalb von %2 Sekunden nicht möglich.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 hat die Verbindung angenommen, aber innerhalb von %2 Sekunden keine Begrüßung gesendet. Ein kleiner Board-Server hat vielleicht alle Sitzungen belegt: schließen Sie andere Verbindungen zu ihm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat innerhalb von %2 Sekunden nicht geantwortet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>Keine TLS-Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>Dem Zertifikat von %1:%2 wird nicht vertraut (%3), es wurde nicht akzeptiert. Sein SHA-256-Fingerabdruck ist %4.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>Der TLS-Handshake mit %1 Port %2 ist fehlgeschlagen (%3): Ist das ein Port für implizites FTPS (ftps://)? Ein Server, der dort Klartext spricht, braucht ftp:// oder ftpes://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>Der TLS-Handshake mit %1 wurde nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS ist bereits aktiv.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>Auf %1 kann nicht auf eine Datenverbindung gewartet werden: %2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>Die heruntergeladenen Daten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>Die hochzuladende Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>Der Server hat die Datenverbindung nicht innerhalb von %1 Sekunden geöffnet.</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>Zeitüberschreitung nach %1 Sekunden</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>Seit %1 Sekunden wurden keine Daten übertragen: die Übertragung hängt.</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>Die Datenverbindung ist nach %1 Bytes des Hochladens abgebrochen: %2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>Die Datenverbindung ist nach %1 Bytes abgebrochen: %2; der Download ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>Datenverbindung von %1 Port %2 abgelehnt: nicht die Adresse des Clients</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>Aktive Datenverbindung zu %1 abgelehnt: nicht die Adresse des Clients</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>Aktive Datenverbindung zu Port %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>Keine lokale Datei zu übertragen.</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>Es gibt keinen Weg mehr, eine Datenverbindung zu öffnen: der Server hat jeden abgelehnt.</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>Es konnte keine Datenverbindung geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1; versuche %2</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 kann die Adresse %2 nicht ausdrücken</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>Der Server hat den Binärmodus abgelehnt</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>Die EPSV-Antwort ist unverständlich: %1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>Die PASV-Antwort ist unverständlich: %1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>Der Server verlangte eine Datenverbindung zu %1; stattdessen wird %2 verwendet</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>Verbindung zum Datenport des Servers (%1) nicht möglich: %2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1: %2 (die Übertragung brach nach %3 Bytes ab)</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>Der Server hat auf die abgebrochene Übertragung noch nicht geantwortet; erneute Synchronisierung</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 nur hier</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 nur dort</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 hier neuer</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 dort neuer</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 Größe</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 Inhalt</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 Datei/Ordner</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>Beide Ordner sind gleich</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>die Höchstzahl überwachter Dateien des Systems ist vielleicht erreicht</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>die Höchstzahl überwachter Ordner des Systems ist erreicht (fs.inotify.max_user_watches)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>DELE %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>MKD %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>Ordner %1 angelegt</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>RMD %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>Ordner %1 entfernt</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>Umbenennen von %1 in %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert am %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Übe&amp;rschreiben</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existiert bereits auf dem Server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existiert bereits.</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Vorhandene Datei:</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Ihre Datei:</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>Datei auf dem Server:</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>Die vorhandene Datei ist älter.</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>Die vorhandene Datei ist neuer.</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Die vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>Die vorhandene Datei fortsetzen: sie ist kleiner, als wäre eine frühere Übertragung abgebrochen</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>Unter einem freien Namen wie „Name (1).ext“ übertragen</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>Die vorhandene Datei unverändert lassen</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>Für &amp;alle weiteren vorhandenen Dateien genauso verfahren</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>Übergeordneter Ordner (Alt+Hoch, Rücktaste)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>Versteckte Dateien anzeigen (Strg+H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>Adresse (Strg+L): einen Ordner eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>Nur Namen anzeigen, die diesen Text enthalten; * und ? sind Platzhalter</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>Der Download von %1 endete nach %2 von %3 Bytes.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>Kein freier Name für %1 auf dem Server.</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>Überprüfung fehlgeschlagen: %1 ist nach dem Upload nicht auf dem Server.</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>Überprüfung fehlgeschlagen: der Server hat %1 von %2 Bytes für %3 gespeichert, obwohl er Erfolg gemeldet hat.</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>Die Prüfsumme von %1 wurde nicht geprüft: der Server hat %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>Die Prüfsumme von %1 wurde nicht geprüft: der Server hat auf %2 mit „%3“ geantwortet.</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>Überprüfung fehlgeschlagen: %1 des Servers für %2 ist %3, die der lokalen Datei %4.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>Der unvollständige Upload %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>Der Upload lief über EPSV, und dieser Server verliert solche Uploads: Uploads zu ihm laufen jetzt über PASV (IPv4) oder EPRT (IPv6).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>Ein Server ohne Host wurde ausgelassen (%1).</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>%1 wurde ausgelassen: unbekanntes Protokoll %2.</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>%1 wurde ausgelassen: Ferry spricht FTP und FTPS, nicht %2.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>Das gespeicherte Passwort konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla verwahrt dieses Passwort unter seinem Master-Passwort: einmal eingeben.</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>Das Passwort ist in einer Form gespeichert, die Ferry nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla fragte jedes Mal nach diesem Passwort.</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>Dieser Server meldete sich mit einer Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>Ordner zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>Ordner ohne Namen</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>Das ist keine Datei des FileZilla-Servermanagers (sie beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>Die Datei lässt sich nicht als XML lesen (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>Das ist keine Datei des FileZilla-Servermanagers (keine Server darin).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 ist schon in der Serververwaltung.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, daher wurden die Passwörter nicht übernommen: Ferry fragt beim Verbinden danach.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 ist zu groß für eine Datei des FileZilla-Servermanagers.</translation>
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
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>%1 kann nicht überwacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>%1 kann nicht überwacht werden: %2. Änderungen darin könnten übersehen werden.</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>Der überwachte Ordner %1 ist verschwunden; Überwachung beendet.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Geben Sie einen Hostnamen oder eine ftp://-URL ein.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>Der Name „%1“ enthält einen Zeilenumbruch und kann nicht an einen FTP-Server gesendet werden.</translation>
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
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 ist nicht verfügbar (%1): es wird nur auf IPv4 gelauscht.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Keine Adresse zum Lauschen.</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>Es wurde kein Port gefunden, der auf allen Adressen frei ist.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>Lauschen beendet</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>Vom Betreiber des Servers getrennt.</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>Zu viele Verbindungen (%1): versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>Zu viele Verbindungen von Ihrer Adresse (%1): versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>Verbindung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>Nimmt wieder Verbindungen an (%1 in der Zwischenzeit abgelehnt)</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>Neue Verbindungen können nicht angenommen werden: %1. Neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>Neue Verbindungen können nicht angenommen werden: %1 (dieser Prozess darf %2 Dateien und Verbindungen offen haben). Neue Verbindungen werden abgelehnt, bis einige geschlossen sind.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 ist nach zu vielen fehlgeschlagenen Anmeldungen noch %2 Minuten gesperrt (weitere Verbindungen von dort werden ohne Protokollzeile abgelehnt)</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS braucht ein Zertifikat und seinen Schlüssel.</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>Ein Port für implizites FTPS braucht TLS (die TLS-Richtlinie ist aus).</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>Implizites FTPS auf %1</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>Kann auf %1 nicht für implizites FTPS lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>Sitzung wird geschlossen: %1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>Befehlszeile länger als %1 Bytes ignoriert</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>%1 %2 abgelehnt: Sitzung nur lesend</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>vom Client abgebrochen</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>die Steuerverbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>Getrennt nach %1 s (%2 Bytes heruntergeladen, %3 Bytes hochgeladen)</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>Zeitüberschreitung: seit %1 Sekunden kein Befehl.</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>Zeitüberschreitung: keine Anmeldung innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>Verbunden (implizites TLS)</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>Abgebrochen: die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Der Server hat die Sitzung geschlossen: %1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>Nicht ausgeführt: die Verbindung brach ab, bevor dieser Vorgang an der Reihe war (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 ist nicht auf dem Server (es steht nicht in der Liste von %2).</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>Der Ordner %1 auf dem Server kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>%1 kann nicht hochgeladen werden: %2 ist auf dem Server ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>Ein defekter symbolischer Link: übersprungen.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>Ein symbolischer Link auf einen Ordner: nicht verfolgt.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>Ein symbolischer Link zurück in einen Ordner, der gerade hochgeladen wird (eine Schleife): übersprungen.</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>Ordner, die tiefer als %1 Ebenen verschachtelt sind: übersprungen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>Der Ordner %1 kann auf dem Server nicht angelegt werden: es gibt eine Datei dieses Namens.</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>Keine normale Datei: übersprungen.</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>%1 kann nicht hochgeladen werden: auf dem Server gibt es einen Ordner dieses Namens.</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>Ein Name mit Pfadtrenner kann lokal nicht gespeichert werden: übersprungen.</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Ein Link zurück in einen Ordner, der gerade heruntergeladen wird (eine Schleife): übersprungen.</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>Weder normale Datei noch Ordner: übersprungen.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>Ein symbolischer Link auf einen Ordner, dessen Ziel der Server nicht zeigt: nicht verfolgt.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Ein symbolischer Link zurück in einen Ordner, der gerade heruntergeladen wird (eine Schleife): übersprungen.</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>Der Server hat das Senden der MLST-Fakten %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>Der aktuelle Ordner konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>%1 konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>Die Dateinamen des Servers sind nicht UTF-8: für diese Verbindung wird Latin-1 verwendet.</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>Listenzeile konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>%n weitere Zeile der Auflistung konnte nicht gelesen werden.</numerusform>
            <numerusform>%n weitere Zeilen der Auflistung konnten nicht gelesen werden.</numerusform>
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
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalHasher</name>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>%1 kann zur Berechnung der Prüfsumme nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalPane</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Local files</source>
        <translation>Lokale Dateien</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Umbenannt in %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>Der Ordner %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>Wählen Sie zuerst die hochzuladenden Dateien oder Ordner aus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>%1 endgültig löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Dieses Element endgültig löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht.</numerusform>
            <numerusform>Diese %n Elemente endgültig löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n Element gelöscht</numerusform>
            <numerusform>%n Elemente gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>„%1“ ist kein gültiger Ordnername.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>Der Ordner %1 konnte in %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ordner: %2&lt;br&gt;Typ: %3&lt;br&gt;Größe: %4&lt;br&gt;Geändert: %5&lt;br&gt;Rechte: %6&lt;br&gt;Eigentümer: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>Befehle, Antworten und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Meldungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>der Server hat keinen Authentifikator</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>der Authentifikator hat keine Dateien zum Bereitstellen geliefert</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>Angemeldet (%1), stellt %2 bereit</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>Anmeldung für Benutzer „%1“ fehlgeschlagen (%2), Versuch %3 von %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>%1 fehlgeschlagene Anmeldungen: Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>Anmeldung von „%1“ ohne Prüfung des Passworts abgelehnt: diese Adresse ist nach zu vielen fehlgeschlagenen Anmeldungen noch %2 Minuten gesperrt</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%1 fehlgeschlagene Anmeldungen von %2 innerhalb von %3 Minuten: Verbindungen von dieser Adresse werden %4 Minuten lang abgelehnt</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Verbindung zu %1 Port %2 wird hergestellt</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>Der Server hat die Verbindung nach dem Passwort geschlossen: %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>Der Server hat die Verbindung nicht angenommen</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>Das Passwort enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>Anmeldung für Benutzer %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>Der Server verlangt ein Konto (ACCT), was Ferry nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>Anmeldung fehlgeschlagen (falscher Benutzername oder falsches Passwort?): %1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>Der Server kennt kein FEAT: es werden nur grundlegende Befehle verwendet.</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>Angemeldet; aktueller Ordner %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS hergestellt (%1)</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>TLS kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 bietet kein TLS an (AUTH: %2), und Verschlüsselung ist verlangt. Verwenden Sie ftp:// oder den TLS-Modus auto, um ohne sie zu verbinden.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>Der Server bietet kein TLS an (%1): Die Verbindung ist nicht verschlüsselt, Passwörter und Dateien gehen im Klartext.</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 hat die Verschlüsselung der Datenverbindungen abgelehnt (PROT P: %2), und Verschlüsselung ist verlangt. Verwenden Sie ftp:// oder den TLS-Modus auto, um Datenverbindungen im Klartext zu akzeptieren.</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>Der Server hat die Verschlüsselung der Datenverbindungen abgelehnt (%1): Dateien gehen im Klartext, Passwort und Befehle sind verschlüsselt.</translation>
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
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Dateiübertragung per FTP, für Boards und Desktops.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>Schnellverbindung</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>Meldungsprotokoll</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
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
        <translation>Keine gespeicherten Server</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Ferry wirksam.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>Der FTP-Server läuft auf Port %1.</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>Der FTP-Server ist gestoppt.</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>FTP-&amp;Server</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>Die Leiste des FTP-Servers ein- oder ausblenden: einen Ordner per FTP freigeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n Übertragung</numerusform>
            <numerusform>%n Übertragungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>%n Übertragung läuft noch. Sie bleibt angehalten in der Warteschlange; nach dem nächsten Start von Ferry können Sie sie fortsetzen.</numerusform>
            <numerusform>%n Übertragungen laufen noch. Sie bleiben angehalten in der Warteschlange; nach dem nächsten Start von Ferry können Sie sie fortsetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>Der FTP-Server hat %n verbundene Sitzung; Beenden trennt sie.</numerusform>
            <numerusform>Der FTP-Server hat %n verbundene Sitzungen; Beenden trennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Ferry beenden?</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>&amp;Serververwaltung…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Neuer Server…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>&amp;Schnellverbindung</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>Ö&amp;ffnen	Eingabe</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>Ü&amp;bergeordneter Ordner</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>&amp;Adresse bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltern</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>Bereich &amp;wechseln	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>Übertragungs&amp;warteschlange</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>Alle Übertragungen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>Die Auswahl in den lokalen Ordner herunterladen (Strg+T)</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>Die Auswahl in den entfernten Ordner hochladen (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>Mit Server &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
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
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>die Gegenseite hat die Verbindung zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>der Client hat die Verbindung geschlossen, ohne TLS zu beenden (kein close_notify): Daten können fehlen</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>der Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>der Server hat die Verbindung geschlossen, ohne TLS zu beenden (kein close_notify): Daten können fehlen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS-Fehler %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>Übertragungen mit Fehlern beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n Übertragung fertig, </numerusform>
            <numerusform>%n Übertragungen fertig, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Übertragungen beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n Übertragung fertig.</numerusform>
            <numerusform>%n Übertragungen fertig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
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
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>Host, ftp://, ftpes:// oder ftps://benutzer@host/ordner</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>Ein Hostname oder eine Adresse (mit TLS verschlüsselt, wenn der Server es anbietet) oder eine URL: ftp://, ftpes:// (explizites TLS erforderlich) oder ftps:// (implizites TLS, Port 990). Die Liste zeigt letzte Verbindungen</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Letzter Upload</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>Bearbeitete Dateien</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>Jetzt &amp;hochladen</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>Die Datei vergessen: spätere Speicherungen werden nicht hochgeladen und die temporäre Kopie wird gelöscht</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>die Standardanwendung des Desktops</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>Der Befehl, der eine Datei zum Bearbeiten öffnet (die Datei wird angehängt), z. B. &quot;kate&quot; oder &quot;code --wait&quot;; leer: die Anwendung Ihres Desktops</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>Gespeicherte Dateien &amp;automatisch hochladen</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>%1 nach %2 hochgeladen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>Bearbeite %1: jede Speicherung wird %2.</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>zum Hochladen angeboten</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>Keine Anwendung öffnet %1; unten einen Editor-Befehl eintragen.</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>Der Editor &quot;%1&quot; ließ sich nicht starten.</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> (%n Upload)</numerusform>
            <numerusform> (%n Uploads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>Die gespeicherte Datei hochladen?</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>%1 wurde auf dem Server geändert, seit Sie die Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>%1 wurde gespeichert. Nach %2 hochladen?</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>Die Kopie auf dem Server durch Ihre ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>Kopie auf dem Server &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>Kopie auf dem Server &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>Gespeicherte Dateien ab jetzt automatisch hochladen</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 Bytes, geändert %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>Wartet auf Änderungen</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>Gespeichert: hochladen?</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>Prüfe die Kopie auf dem Server</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>Die Übertragungswarteschlange kennt den Server %1 nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 ist keine Datei auf dem Server.</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>Sie wurde auf dem Server gelöscht, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>Sie wurde auf dem Server geändert, seit Sie sie geöffnet haben: damals %1, jetzt %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>die Datei darf heruntergeladen werden</translation>
    </message>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>der Ordner darf aufgelistet werden</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>betreten</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>der Ordner darf betreten werden</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>die Datei darf überschrieben werden</translation>
    </message>
    <message>
        <source>append</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>an die Datei dürfen Daten angehängt werden</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>Dateien anlegen</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>im Ordner dürfen Dateien angelegt werden</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>im Ordner dürfen Ordner angelegt werden</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>darf gelöscht werden</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>Inhalt löschen</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>der Inhalt des Ordners darf gelöscht werden</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>darf umbenannt werden</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>seine Rechte dürfen geändert werden (SITE CHMOD)</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>sein Zeitstempel darf geändert werden (MFMT)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>MLSD-Angabe perm: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>nicht in RFC 3659 festgelegt</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>Laut Auflistung: %1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>MLSD-Angabe UNIX.mode: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>Entfernte Dateien</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>Nicht verbunden. Geben Sie oben einen Host oder eine ftp://-Adresse ein und klicken Sie auf Verbinden, oder öffnen Sie die Serververwaltung (Strg+S).</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>Entfernt (nicht verbunden)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Wählen Sie zuerst die herunterzuladenden Dateien oder Ordner aus.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>Ein Name darf kein „/“ enthalten: %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Umbenannt in %1</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>%1 auf dem Server löschen? Das kann nicht rückgängig gemacht werden; ein Ordner wird mit seinem gesamten Inhalt gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Dieses Element auf dem Server löschen? Das kann nicht rückgängig gemacht werden; ein Ordner wird mit seinem gesamten Inhalt gelöscht.</numerusform>
            <numerusform>Diese %n Elemente auf dem Server löschen? Das kann nicht rückgängig gemacht werden; Ordner werden mit ihrem gesamten Inhalt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>Neuer Ordner auf dem Server</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>„%1“ ist kein gültiger Ordnername.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pfad: %2&lt;br&gt;Typ: %3&lt;br&gt;Größe: %4&lt;br&gt;Geändert: %5&lt;br&gt;Rechte: %6&lt;br&gt;Eigentümer: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;Link auf: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>Es gibt keine Site „%1“, mit der gearbeitet werden kann.</translation>
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
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>Der Name „%1“ enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>%1 konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwortzeile länger als %1 Bytes gesendet.</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>Der Server hat etwas gesendet, das keine FTP-Antwort ist: „%1“.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Zeilen gesendet.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Bytes gesendet.</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1 (Übertragungen NICHT verschlüsselt)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt (%2). Klicken, um das Zertifikat des Servers zu sehen.</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Verschlüsselt: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt: Passwort und Dateien gehen lesbar für jeden auf dem Weg durchs Netz.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt: Der Server bot kein TLS an (kleine Boards können es nicht), oder die Site sagt „nur Klartext“. Passwort und Dateien gehen lesbar für jeden auf dem Weg durchs Netz. Kann der Server TLS, wählen Sie dafür im Servermanager „Explizites TLS verlangen“ oder „Implizites TLS“.</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>Zertifikat konnte nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
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
        <translation>Der Ordner %1 für das Zertifikat des Servers kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>Das Zertifikat des Servers in %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>Das gespeicherte Zertifikat des Servers ist nicht verwendbar (%1). Löschen Sie %2, um ein neues zu erstellen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>Kein freier passiver Port zwischen %1 und %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>Auf %1 kann nicht auf eine Datenverbindung gewartet werden: %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Lesen der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Schreiben der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>Die Datenverbindung ist nach %1 Bytes fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>der Client hat sich nicht innerhalb von %1 Sekunden verbunden</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1 Port %2</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>Seit %1 Sekunden wurden keine Daten übertragen.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>der Thread des Servers ist noch mit einer Dateioperation beschäftigt; bitte gleich noch einmal versuchen</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>(Passwort eingeben)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>Ein freizugebender Ordner (oder hier einen ablegen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>Freizugebenden Ordner wählen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>Das System einen freien Port wählen lassen; die URLs zeigen, welchen.</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>Anonyme Anmeldungen erlauben</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>Jeder darf sich als „anonymous“ oder „ftp“ mit beliebigem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>Anonyme Benutzer dürfen hochladen, umbenennen und löschen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>Benannte Benutzer: Doppelklick auf eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Ein Benutzerkonto hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>Die ausgewählten Benutzerkonten entfernen</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>Passwörter im Klartext speichern (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>Ohne diese Option werden Kontopasswörter im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>Ohne diese Option werden Kontopasswörter nicht gespeichert: geben Sie sie nach einem Neustart von Ferry erneut ein.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>Benutzerkonten:</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Mit diesem Server verbinden</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>Den freigegebenen Ordner im entfernten Bereich öffnen, als erster Benutzer</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>Sitzung &amp;trennen</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>Die ausgewählten Sitzungen schließen (der Client erhält 421)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>Sitzungen, Anmeldungen, Übertragungen und Dateioperationen erscheinen hier.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>Wählen Sie zuerst einen freizugebenden Ordner: geben Sie ihn ein, verwenden Sie Auswählen… oder ziehen Sie einen aus einem Dateimanager hierher.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner (Auswählen…) oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen freizugebenden Ordner.</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry darf den Ordner %1 nicht lesen. Wählen Sie einen anderen Ordner oder ändern Sie seine Rechte.</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>Ein Benutzerkonto hat keinen Namen: geben Sie einen ein oder entfernen Sie das Konto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>„%1“ ist die anonyme Anmeldung: aktivieren Sie „Anonyme Anmeldungen erlauben“, statt sie als Benutzer hinzuzufügen.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>Der Benutzername „%1“ enthält ein Leerzeichen oder einen Doppelpunkt: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>Der Benutzer „%1“ ist doppelt aufgeführt: entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>Geben Sie ein Passwort für den Benutzer „%1“ ein (Doppelklick auf seine Passwortzelle).</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>Niemand könnte sich anmelden: aktivieren Sie „Anonyme Anmeldungen erlauben“ oder fügen Sie ein Benutzerkonto hinzu.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>Server &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sitzungen (%1)</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>Der Server ist gestoppt.</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>Freizugebender Ordner</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur Lesen)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonym (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonym (nur Lesen)</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>Der Server konnte nicht gestartet werden: %1
Wählen Sie einen anderen Port oder kreuzen Sie „Beliebiger freier Port“ an.</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>%1 wird auf Port %2 freigegeben für %3.</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>Der Server konnte nicht mit Verschlüsselung gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1 (meldet sich an)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur Lesen)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
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
Verbunden seit %2
Vom Client heruntergeladen: %3 Bytes
Vom Client hochgeladen: %4 Bytes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>Aktuelle Aktion</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>Verschlüsselung (FTPS)</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>Optional: Clients wählen TLS oder Klartext (Boards)</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>Erforderlich: Anmeldungen und Daten nur über TLS</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>Aus: nur Klartext</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>FTPS (explizit, AUTH TLS) mit Ferrys eigenem selbstsigniertem Zertifikat, beim ersten Gebrauch erstellt und für die nächsten Starts behalten</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats kopieren</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>Fingerabdruck kopiert</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>Zertifikat
SHA-256:</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>Aus: Alles, auch Passwörter, geht im Klartext durchs Netz.</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>Erforderlich: Clients müssen TLS (ftpes://) verwenden, um sich anzumelden und Dateien zu übertragen.</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>Optional: Clients, die TLS (ftpes://) können, werden verschlüsselt; andere, etwa Boards, nutzen Klartext.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>Clients prüfen das Zertifikat des Servers an seinem Fingerabdruck, der hier angezeigt wird, solange der Server läuft.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>der Client hat die TLS-Sitzung der Steuerverbindung auf der Datenverbindung nicht fortgesetzt (Sitzungswiederverwendung ist erforderlich)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Ferry wirksam.</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatisch (passiv, mit Rückfall auf aktiv)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>Beide behalten (die neue umbenennen)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>Standard-Übertragungs&amp;modus:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>&amp;Parallele Übertragungen:</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>Wenn eine Datei &amp;existiert:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Geschwindigkeitsbegrenzung:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>&amp;Antwort-Zeitlimit:</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>Verbindungen pro Server für Übertragungen. Kleine Board-Server (ohne FEAT) erhalten eine, sofern ihr Servereintrag nichts anderes festlegt.</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>Überschreiben, wenn neuer</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>Überschreiben, wenn neuer oder anders groß</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>Fortsetzen (eine kleinere Datei weiterschreiben)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>%1 konnte nicht in %2 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>Das laufende Ferry hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>Ein anderes Ferry läuft bereits.</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>Neuer Server</translation>
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
        <translation>Serververwaltung</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Neuer Server</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>Neuer Server (Strg+N)</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com, 192.168.1.20 oder ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>leer für anonym</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Das Passwort im System-&amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>Das Passwort im Klartext speichern (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatisch (passiv, mit Rückfall auf aktiv)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>Verbindungen für Übertragungen; das Durchsuchen nutzt eine weitere.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Lokalen Ordner wählen</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>der Anmeldeordner</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>&amp;Board-Vorgabe (NetX Duo / kleiner eingebetteter Server)</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>Eine Übertragungsverbindung, passiver Modus, vorsichtige Zeitlimits und ein Keep-Alive, bevor das Board untätige Sitzungen trennt</translation>
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
        <translation>&amp;Ordner:</translation>
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
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>Übertragungs&amp;verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>&amp;Lokaler Ordner:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>&amp;Entfernter Ordner:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>Antwort-Zeitlimi&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>&amp;Keep-Alive alle:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>Jeder, der Ihre Einstellungsdatei lesen kann, kann dieses Passwort lesen.</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>Ohne eine dieser Optionen fragt Ferry beim Verbinden nach dem Passwort.</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Ferry fragt beim Verbinden nach dem Passwort, außer Sie speichern es im Klartext.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>Ordnername (/ für einen Ordner in einem Ordner):</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>Der Ordner %1 enthält noch Server: löschen oder verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>Das Passwort von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>Aus FileZilla &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>Die Server aus FileZillas Servermanager (sitemanager.xml) hinzufügen: Ordner, Server, Benutzer, Modi und Passwörter in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>Datei des FileZilla-Servermanagers</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>FileZilla-Server (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>%n Server aus FileZilla importiert.</numerusform>
            <numerusform>%n Server aus FileZilla importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>Mit OK übernehmen (die Passwörter kommen in den Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>Mit OK übernehmen.</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>Aus FileZilla importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n Hinweis: siehe Details.</numerusform>
            <numerusform>%n Hinweise: siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>TLS verwenden, falls verfügbar (FTP, verschlüsselt, wenn der Server es kann)</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>Explizites TLS verlangen (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>Implizites TLS (FTPS, Port 990)</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>Nur Klartext (unsicher: Passwörter im Netz lesbar)</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>„TLS, falls verfügbar“ verschlüsselt, wann immer der Server es anbietet, und funktioniert mit Servern, die es nicht können (kleine Boards). Explizites TLS bricht ohne TLS ab; implizites TLS spricht TLS ab dem ersten Byte, meist auf Port 990.</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>Die Prüfung der Größen der hochgeladenen Dateien ist fehlgeschlagen (%1); erneut in %2 s.</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>Die Größe der hochgeladenen Datei konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>Die Fakten von %1 konnten nicht ermittelt werden</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1: Der Server unterstützt MLST nicht.</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unerwartete Antwort %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>die Gegenseite hat die Verbindung vor dem Ende geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde lang wurden keine Daten übertragen</numerusform>
            <numerusform>%n Sekunden lang wurden keine Daten übertragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>Synchronisiertes Blättern braucht einen Ordner in beiden Bereichen: zuerst verbinden.</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>Synchronisiertes Blättern: %1 folgt %2</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>Synchronisiertes Blättern</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>Den Ordner %1 gibt es auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>Den Ordner %1 gibt es auf diesem Rechner nicht.</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>Anlegen, damit beide Bereiche Schritt halten?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>Ordner &amp;anlegen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>Der Server bietet keinen Prüfsummenbefehl (HASH, XSHA256, XSHA1, XMD5 oder XCRC): stattdessen nach Größe und Zeit vergleichen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>Auf beiden Seiten gleich</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>Nur auf dem Server</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>Auf diesem Rechner neuer</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>Auf dem Server neuer</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>Andere Größe</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>Gleiche Größe, anderer Inhalt (Prüfsumme)</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>Auf einer Seite eine Datei, auf der anderen ein Ordner oder Link</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>hier %1, Server %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>hier %1 Bytes, Server %2 Bytes</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>Gleiche Größe, Prüfsumme unbekannt</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>Verzeichnisse &amp;vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>Markiert, was sich zwischen den beiden angezeigten Ordnern unterscheidet: grün nur auf einer Seite, orange neuer (grau die ältere Seite), rot andere Größe, lila Datei gegen Ordner</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>Größe und Zeit</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>Nur Größe</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>Nur Zeit</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>S&amp;ynchronisiertes Blättern</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>Wer in einem Bereich in einen Ordner geht, geht im anderen in denselben Ordner</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>Entfernten Ordner &amp;aktuell halten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>Die entfernte Datei in einem Editor öffnen und bei jedem Speichern hochladen</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>Bearbeitete &amp;Dateien</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>&amp;Benachrichtigen, wenn Übertragungen fertig sind</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>Entfernten Ordner aktuell halten</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>Bearbeitete Dateien</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchron</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>Vergleichen &amp;nach</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>Die Uhr des Servers weicht %1 s von der dieses Rechners ab; Vergleiche berücksichtigen das.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>Ordner auf dem Server anlegen</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>Ordner hier anlegen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Hier löschen</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>nur auf dem Server</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>nur auf diesem Rechner (Überzähliges wird gelöscht)</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>nur auf dem Server (Überzähliges wird gelöscht)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>Prüfsumme unbekannt</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>Änderungszeit unbekannt</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>Die Übertragungswarteschlange kennt den Server %1 nicht.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>Der Ordner %1 kann nicht gelöscht werden (ist er leer?).</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>Liste %1: %n Ordner, %2 Einträge</numerusform>
            <numerusform>Liste %1: %n Ordner, %2 Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>Vergleiche Prüfsummen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Den lokalen Ordner wählen</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>Hochladen: den Server wie diesen Rechner machen</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>Herunterladen: diesen Rechner wie den Server machen</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>In beide Richtungen: die neuere Datei gewinnt</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>Änderungs&amp;zeit</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>Prüf&amp;summe</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>Dateien gleicher Größe werden nach der Prüfsumme des Servers verglichen (langsamer: beide Seiten lesen jede solche Datei).</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>Der Server bietet keinen Prüfsummenbefehl (HASH, XSHA, XMD5, XCRC).</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>Dateien und Ordner &amp;löschen, die nur das Ziel hat</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>alles (z. B. *.bin *.cfg)</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>nichts (z. B. *.o .git/ build/)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>&amp;Lokaler Ordner:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>&amp;Entfernter Ordner:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Vergleichen nach:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>Ein&amp;schließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Geplante Aktionen</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>Die ausgewählten Aktionen in die Übertragungswarteschlange stellen</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>Zuerst mit dem Server verbinden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>Der entfernte Ordner muss ein absoluter Pfad sein (mit / am Anfang).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>Lassen (Konflikt)</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — keine Seite ist eindeutig die richtige</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>Nichts zu tun: die Ordner sind gleich (%n Eintrag verglichen).</numerusform>
            <numerusform>Nichts zu tun: die Ordner sind gleich (%n Einträge verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>Abwählen, was nicht geschehen soll, dann Ausführen.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>%1 von %2 ausgewählt: %3 Uploads, %4 Downloads (%5), %6 Ordner anzulegen, %7 Löschungen</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>; %n Konflikt bleibt unberührt</numerusform>
            <numerusform>; %n Konflikte bleiben unberührt</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>Läuft: %1 von %2 fertig, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>Fertig: %1 erledigt, %2 fehlgeschlagen:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>Fertig: die %n Aktion ist erledigt.</numerusform>
            <numerusform>Fertig: alle %n Aktionen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>%n Aktion eingereiht: siehe Übertragungswarteschlange.</numerusform>
            <numerusform>%n Aktionen eingereiht: siehe Übertragungswarteschlange.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>Verbindung zu %1 Port %2 nicht möglich</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>die Verbindung konnte nicht aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>Die Uhrabweichungen der Server konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS hergestellt (%1)</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>TLS auf der Steuerverbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>Kein PEM-Zertifikat gefunden (%1).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>Der private Schlüssel ist durch eine Passphrase geschützt; der Server braucht ihn ohne.</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>Kein privater PEM-Schlüssel gefunden (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>Das Zertifikat ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>Der Server hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>TLS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>TLS kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>dem Zertifikat der Datenverbindung wird nicht vertraut (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>die Verbindung wurde ohne das Ende des TLS-Stroms geschlossen (kein close_notify): Daten können fehlen</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>Übertragung %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server: Uploads gehen in den rechts angezeigten Ordner.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element wird nach %1 hochgeladen</numerusform>
            <numerusform>%n Elemente werden nach %1 hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>Wählen Sie zuerst einen lokalen Zielordner für den Download.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element wird nach %1 heruntergeladen</numerusform>
            <numerusform>%n Elemente werden nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>%1 konnte nicht in die Warteschlange gestellt werden: %2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>Wird für das Ablegen heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>Die Übertragungswarteschlange des letzten Programmlaufs konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>%n nicht abgeschlossene Übertragung aus dem letzten Programmlauf ist in der Warteschlange angehalten. Verbinden Sie sich mit ihrem Server und wählen Sie „Fortsetzen“, um weiterzumachen.</numerusform>
            <numerusform>%n nicht abgeschlossene Übertragungen aus dem letzten Programmlauf sind in der Warteschlange angehalten. Verbinden Sie sich mit ihrem Server und wählen Sie „Fortsetzen“, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>Übertragungen abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>Verzeichnis erfolgreich gesendet.</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>Übertragung abgeschlossen.</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>Nicht genügend Speicherplatz: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Schreiben der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>Der Client hat die Steuerverbindung geschlossen, bevor der Upload bestätigt war: der Upload wurde verworfen.</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>Übertragung abgeschlossen (eindeutiger Dateiname: %1).</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>Der unvollständige Upload %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>Übertragung abgebrochen: %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2: %3 Bytes in %4 s (%5 MB/s): %6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>Die Datenverbindung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>Verbindung geschlossen; Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>Lokaler Fehler: Lesen der Datei fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>Nicht genügend Speicherplatz.</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>Lokaler Fehler: Schreiben der Datei fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>Datenverbindung: %1, TLS-Sitzung fortgesetzt</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>Datenverbindung: %1, neue TLS-Sitzung</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>SSL-Verbindung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>SSL-Verbindung fehlgeschlagen: Sitzungswiederverwendung erforderlich.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>Die Übertragungs-Engine wurde beendet.</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>Die Übertragungs-Engine hat nicht innerhalb von %1 s angehalten.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>Der Server hat den Download von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>Der Server hat den Upload von %1 abgelehnt</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>Der Server kann Übertragungen nicht fortsetzen (REST)</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>Der Download von %1 endete nach %2 von %3 Bytes: die Datenverbindung wurde vorzeitig geschlossen.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>Alle fort&amp;setzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Fertige entfe&amp;rnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>Keine Übertragungen. Ziehen Sie Dateien zwischen den Bereichen, oder wählen Sie sie aus und drücken Sie Strg+T.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>Es gibt keinen Server „%1“ für die Übertragung.</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>Der lokale Pfad „%1“ ist nicht absolut.</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>Der entfernte Pfad „%1“ ist nicht absolut (er muss mit / beginnen).</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>Die Übertragungswarteschlange kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>Die Übertragungswarteschlange %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>Einem Auftrag in der Warteschlangendatei fehlen Server, Richtung oder Zustand.</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>Einem Auftrag in der Warteschlangendatei fehlt der lokale oder entfernte Pfad.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>Die Auftragsnummer %1 ist schon vergeben.</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>Die Übertragungsliste %1 ist nicht verwendbar (%2) und konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>Die Übertragungsliste %1 ist nicht verwendbar (%2); sie wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>keine Übertragungsliste von Ferry</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>von einem neueren Ferry geschrieben</translation>
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
        <translation>Upload von %1 nach %2 auf %3</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>Download von %1 aus %2 nach %3</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%1 von %2 Dateien fertig, %3 übersprungen, %4 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>Nach %n Fehler erneut versucht</numerusform>
            <numerusform>Nach %n Fehlern erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 von %3 Dateien)</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>Ordner werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1 (%n Wiederholung)</numerusform>
            <numerusform>%1 (%n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
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
        <translation>Es gibt keinen Server „%1“ für die Übertragung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>Verbindung nicht möglich (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>Auflisten fehlgeschlagen (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>%1 kann nicht heruntergeladen werden: %2 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 existiert; niemand kann gefragt werden, daher wird es übersprungen.</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 fehlgeschlagen (%2); Versuch %3 von %4 in %5 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>%1 von %2 Dateien fehlgeschlagen. Erster Fehler: %3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>Der unvollständige Upload %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt; sie wurde als %2 aufbewahrt, und Ferry beginnt sie neu.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>Den zu überwachenden Ordner wählen</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>Muster von Dateien und Ordnern, die nicht hochgeladen werden, durch Leerzeichen getrennt; ein / am Ende bezeichnet einen Ordner.</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>Auf dem Server löschen, was hier gelöscht wird</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>Zuerst hochladen, was sich unterscheidet</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>Letzte Uploads und Fehler</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>Ü&amp;berwachen:</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>&amp;Hochladen nach:</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>&amp;Ignorieren:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Zuerst mit einem Server verbinden.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>Der entfernte Ordner muss ein absoluter Pfad sein (mit / am Anfang).</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>Ordner angelegt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>Überwache %1 → %2 auf %3: %4 hochgeladen, %5 gelöscht, %6 fehlgeschlagen%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation> (beschäftigt)</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>Mit einem Server verbinden, einen Ordner wählen und Starten: jede darin gespeicherte Datei wird hochgeladen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>Die Übertragungswarteschlange kennt den Server %1 nicht.</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Ungültiger Dateiname: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 führt aus dem freigegebenen Ordner hinaus.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Kein Ordner: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Lesen von %1 ab Byte %2 kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>%1 kann nicht ab Byte %2 fortgesetzt werden: die Datei hat %3 Bytes.</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>%1 konnte nicht ab Byte %2 fortgesetzt werden: %3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Zugriff verweigert: %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>Der Stammordner kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Der Ordner %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 ist ein Ordner: verwenden Sie RMD.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>Der Stammordner kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Ein Ordner namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>%1 kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Ungültiger Dateiname: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Kein Ordner: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Lesen von %1 ab Byte %2 kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>%1 kann nicht ab Byte %2 fortgesetzt werden: die Datei hat %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Zugriff verweigert: %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Der Ordner %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 ist ein Ordner: verwenden Sie RMD.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>%1 kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Ein Ordner namens %1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>Die TLS/SSL-Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>anonymer Zugang ist deaktiviert</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
</context>
</TS>
