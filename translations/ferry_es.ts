<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>Ferry::CertificateDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>correo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>CADUCADO el %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>AÚN NO VÁLIDO (desde %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>La conexión no está cifrada.</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>De confianza: el almacén de certificados del sistema avala este certificado y su nombre.</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>De confianza por su huella: se indicó para este servidor, o la aceptó para otra conexión a este servidor en esta sesión.</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>De confianza porque eligió confiar siempre en exactamente este certificado para este servidor.</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>De confianza porque lo aceptó para esta conexión.</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>Las transferencias y los listados NO están cifrados (el servidor no aceptó PROT P).</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificado desconocido</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>ADVERTENCIA: el certificado cambió</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>Confiar &amp;siempre en el nuevo certificado para este servidor (sustituye al de antes)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>Confiar &amp;siempre en este certificado para este servidor</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry guarda exactamente este certificado para %1; si el servidor muestra otro, Ferry le avisará de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Confiar y conectar</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>El certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry no puede confirmar que habla con este servidor y no con alguien intermedio. Compare la huella SHA-256 de abajo con la que le dé el administrador del servidor (un servidor Ferry la muestra en su panel) antes de confiar en él.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>ADVERTENCIA: el certificado de %1 ha CAMBIADO.</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>Antes confió en otro certificado para este servidor. Alguien podría estar interceptando la conexión, o el administrador del servidor instaló un certificado nuevo. No se conecte a menos que sepa por qué cambió: pida al administrador la nueva huella.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>Lo que dice de él la verificación del sistema:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>Huella de confianza anterior:</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>Huella mostrada ahora:</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— el certificado no está emitido para este nombre</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (el del servidor)</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1 (emisor, nivel %2)</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>&amp;Cadena de certificados:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Nombres alternativos:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(sin certificado)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>Autofirmado (el emisor es el propio sujeto: nadie lo avala)</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>No hay ningún método de suma de comprobación para %1.</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>El servidor rechazó %1</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>No se pudo obtener la suma de comprobación %1 de %2</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: respuesta inesperada %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>Listado largo, una entrada por línea como `ls -l`: tipo y permisos, tamaño en bytes, fecha de modificación y nombre.</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>Reanudar: si existe el archivo parcial .NAME.ferry-part, continuar la descarga desde su tamaño (REST); conservarlo si la descarga falla o se interrumpe.</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>Iniciar sesión como NAME (en lugar del usuario de la URL; predeterminado: anonymous).</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>Iniciar sesión con PASSWORD (en lugar de la contraseña de la URL). Otros usuarios de este equipo pueden ver las líneas de órdenes: es preferible la variable de entorno FERRY_PASSWORD.</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>Modo activo: el servidor se conecta a ferry para los datos (EPRT/PORT).</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>Modo pasivo: ferry se conecta al servidor para los datos (EPSV/PASV). Predeterminado: pasivo, y activo si el servidor lo rechaza.</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>Mostrar el diálogo de control con el servidor (contraseñas ocultas) y un resumen de la transferencia en la salida de error.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>Listar una carpeta remota o mostrar un archivo.</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>Lista la carpeta que indica la URL (ftp://host/ es la carpeta de inicio de sesión); para una URL que indica un archivo, muestra ese archivo. Escribe un nombre por línea en la salida estándar, ordenados, las carpetas con una &apos;/&apos; final; un listado de más de 10.000 entradas se escribe mientras llega, en el orden del servidor. Con -l, una entrada por línea como `ls -l`: tipo y permisos (&apos;?&apos; donde el servidor no lo dice; en los servidores que solo dicen lo que esta sesión puede hacer, es el primer trío), tamaño en bytes, fecha de modificación (hora local, AAAA-MM-DD HH:MM), nombre y &apos; -&gt; DESTINO&apos; para los enlaces simbólicos. Las entradas &apos;.&apos; y &apos;..&apos; se omiten.</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>Descargar un archivo.</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>Descarga el archivo que indica la URL a LOCAL. Sin LOCAL, el archivo conserva su nombre remoto en la carpeta actual; si LOCAL es una carpeta, el archivo se guarda en ella con su nombre remoto; &apos;-&apos; escribe el archivo en la salida estándar. Los datos van a un archivo temporal .NAME.ferry-part junto al destino, que se renombra a NAME (reemplazando un archivo existente) solo cuando ha llegado el archivo completo. Si falla o se pulsa Ctrl-C, el archivo temporal se elimina, salvo que se indique -c.</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>Subir un archivo.</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>Sube el archivo local LOCAL a la URL, reemplazando un archivo remoto con ese nombre. Si la URL termina en &apos;/&apos;, el archivo va a esa carpeta con su nombre local.</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>Crear una carpeta remota.</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>Crea la carpeta que indica la URL. Su carpeta superior debe existir.</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>Eliminar un archivo remoto.</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>Elimina el archivo que indica la URL. Las carpetas se eliminan con rmdir.</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>Eliminar una carpeta remota vacía.</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>Elimina la carpeta que indica la URL. Los servidores solo eliminan carpetas vacías.</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>Renombrar o mover un archivo o carpeta remotos.</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>Renombra el archivo o la carpeta que indica la URL a NEWNAME. NEWNAME se toma relativo a la carpeta que contiene la entrada, salvo que empiece por &apos;/&apos; (una ruta absoluta en el servidor) o sea una URL ftp:// del mismo servidor; no se decodifica con porcentajes salvo que sea una URL.</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>Compartir una carpeta local por FTP hasta Ctrl-C.</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>Ejecuta el servidor FTP de Ferry sobre una carpeta local (véase ferry serve --help).</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Código de salida:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>la operación falló: el servidor la rechazó (no existe el archivo, permiso denegado, ...)</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>error de uso: línea de órdenes o URL incorrecta</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>fallo de conexión o de inicio de sesión: host no encontrado, conexión rechazada o perdida, tiempo agotado, contraseña incorrecta</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>error de E/S local: no se pudo leer, escribir o renombrar un archivo local</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>interrumpido (Ctrl-C o SIGTERM)</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>La contraseña de un usuario con nombre (--user o el de la URL) cuando ni --password ni la URL indican una.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>Una URL en lugar de una orden no admite más argumentos; para ejecutar una orden sobre ella, escriba p. ej. &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>Esta versión de ferry no tiene interfaz gráfica en la que abrir %1; use una orden como &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>Demasiados argumentos (uso: ferry help [ORDEN]).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Falta un argumento (uso: %1).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>Demasiados argumentos (uso: %1).</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Elija --active o --passive, no ambos.</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>Uso: ferry ORDEN [OPCIONES] ARGUMENTOS</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  abre la ventana principal</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry transfiere archivos desde y hacia servidores FTP, de equipos de escritorio a pequeñas placas. Los datos van a la salida estándar, los mensajes a la salida de error.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>Mostrar la ayuda de una orden (o: ferry ORDEN --help).</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Opciones de todas las órdenes:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Otras opciones:</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>Uso: ferry %1 [OPCIONES] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry: esta versión no tiene interfaz gráfica.</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>Pruebe &apos;ferry --help&apos; para más información.</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;ferry %1 --help&apos; para más información.</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>Pruebe &apos;ferry serve --help&apos; para más información.</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>Replicar una carpeta hacia o desde un servidor.</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>Hace de DEST una copia de SRC; uno es una carpeta local y el otro una URL ftp:// (véase ferry mirror --help).</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>Pruebe &apos;ferry mirror --help&apos; para más información.</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[USUARIO[:CONTRASEÑA]@]HOST[:PUERTO]/RUTA, p. ej. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. El puerto predeterminado es 21; sin usuario, ferry inicia sesión como anonymous. Los nombres pueden ir codificados con porcentajes (a%20b.txt, %C3%A9). RUTA es relativa a la carpeta de inicio de sesión; ftp://host/%2Fetc/motd o ftp://host//etc/motd es la ruta absoluta /etc/motd. Una &apos;/&apos; final indica una carpeta. ftpes:// exige TLS (AUTH TLS), ftps:// es TLS implícito (puerto 990); ftp:// cifra con TLS si el servidor lo ofrece y lo indica con -v.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>La URL %1 no indica ninguna carpeta.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>La URL %1 indica una carpeta, no un archivo; use rmdir para las carpetas.</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>La URL %1 no indica nada que renombrar.</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>No es una orden que hable con un servidor.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>La URL %1 indica una carpeta; get descarga un solo archivo.</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>No se admite subir desde la entrada estándar; indique un archivo.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 es una carpeta; put sube un solo archivo.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>El nuevo nombre está vacío.</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 está en otro servidor; mv solo renombra dentro de un servidor.</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>La URL %1 no indica ningún nombre nuevo.</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1: no existe el archivo o la carpeta.</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>No se pudo leer esta línea del listado: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>Reanudando %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>La descarga parcial se conserva en %1; ejecute la misma orden de nuevo para reanudarla.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 falló.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>Descargados %1 bytes en %2 en %3 s (%4).</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>Subidos %1 bytes a %2 en %3 s (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n línea más del listado.</numerusform>
            <numerusform>No se pudieron leer %n líneas más del listado.</numerusform>
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
        <translation>Falta un argumento (uso: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>Demasiados argumentos (uso: ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>Uno de SRC y DEST debe ser una URL ftp:// y el otro una carpeta local.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel admite un número del 1 al 32.</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Elija --active o --passive, no ambos.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 archivos, %4 omitidos, %5 fallidos, %6 de %7, %8/s, tiempo restante %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>transferido %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>omitido %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry: interrumpido
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>Fallidos:
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>no se puede eliminar</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>eliminado %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry: no se puede eliminar %1: %2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>Réplica (%1): %2 transferidos, %3 omitidos, %4 fallidos, %5 eliminados, %6 en %7 s (%8)
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>download</source>
        <translation>descarga</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch sube una carpeta local: úsalo con un SRC local, sin --dry-run ni --compare.</translation>
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
        <translation>Uso: ferry mirror [OPCIONES] SRC DEST

Hace de DEST una copia de SRC. Uno de ellos es la URL ftp:// de una carpeta y
el otro una carpeta local: un SRC local se sube y un SRC remoto se descarga.
El contenido de SRC va a DEST, que se crea si no existe. Un archivo que ya
existe en DEST se reemplaza si su tamaño difiere o el origen es más reciente,
y se omite en caso contrario. Los fallos transitorios se reintentan,
continuando donde se quedó si el servidor lo permite; las subidas se
verifican. Las descargas conservan las fechas remotas.

Opciones:
      --parallel N      Hasta N conexiones a la vez (predeterminado: 3, una
                        para servidores de placa).
      --newer-only      Transferir solo los archivos que faltan en DEST o son
                        más recientes en SRC.
      --dry-run         Mostrar en la salida estándar lo que se transferiría
                        (y con --delete, lo que se eliminaría), una línea por
                        acción con el motivo; no cambiar nada.
      --include GLOB    Solo los archivos cuya ruta relativa, nombre o alguna
                        carpeta superior coincide con GLOB (*, ?, [...]; &apos;*&apos;
                        se detiene en &apos;/&apos;; repetible).
      --exclude GLOB    Excluir los archivos cuya ruta relativa, nombre o
                        alguna carpeta superior coincide con GLOB (repetible).
      --delete          Tras una transferencia sin fallos, eliminar los
                        archivos y carpetas de DEST que no están en SRC. Los
                        archivos excluidos por --include/--exclude se conservan.
      --compare         Mostrar lo que difiere entre SRC y DEST, una línea por
                        ruta con el motivo (-v: también las iguales); no
                        cambiar nada. Estado de salida 0 si nada difiere, 1 si
                        algo difiere.
      --checksum        Comparar los archivos del mismo tamaño por la suma de
                        comprobación del servidor (HASH, XSHA256, XSHA1, XMD5
                        o XCRC) en lugar de por la hora.
      --watch           Tras la réplica, seguir subiendo lo que cambie en SRC
                        (una carpeta local), una línea por subida; con --delete
                        también borrar lo que se borre; lo que coincida con
                        --exclude no se vigila. Ctrl+C para.
      --user NAME       Iniciar sesión como NAME (en lugar del usuario de la
                        URL).
      --password PASSWORD
                        Iniciar sesión con PASSWORD (o defina FERRY_PASSWORD).
      --active          Modo activo: el servidor se conecta a ferry para los
                        datos.
      --passive         Modo pasivo (predeterminado, con vuelta al activo).
  -v, --verbose         Una línea por cada archivo transferido, omitido o
                        eliminado, y por cada reintento o fallo.
  -h, --help            Mostrar esta ayuda.
      --tls MODE        auto, require, implicit u off (prevalece sobre el esquema
                        de la URL: ftp://, ftpes://, ftps://).
      --fingerprint SHA256
                        Confiar en el certificado del servidor con este SHA-256.
      --cacert FILE     Confiar en la CA o el certificado del servidor de FILE.

En un terminal, la salida de error estándar muestra una línea por cada
transferencia en curso y un total. Al final aparece un resumen: archivos
transferidos, omitidos, fallidos y eliminados, bytes y tiempo.

Código de salida: 0 todo replicado, 1 fallaron algunos archivos (listados en
la salida de error estándar) o el servidor lo rechazó, 2 error de uso,
3 fallo de conexión o de inicio de sesión, 4 error de E/S local,
130 interrumpido (Ctrl-C).
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>No se puede abrir la carpeta %1 en el servidor.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>El reloj del servidor va %1 s adelantado (aprendido de una subida anterior).
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>%n ruta comparada: </numerusform>
            <numerusform>%n rutas comparadas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n difiere.
</numerusform>
            <numerusform>%n difieren.
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>se transferiría %1 (%2)
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>se crearía %1/ (%2)
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>se borraría %1%2 (%3)
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>se dejaría %1 (%2)
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>Simulación: %1 por transferir (%2), %3 por borrar, %4 sin cambios; no se ha cambiado nada.
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>Vigilando %1 (Ctrl+C para)...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>subido %1 (%2)
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>borrado %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>creado %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>falló %1: %2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>El reloj del servidor va %1 s por delante del de este equipo.
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>Vigilancia detenida: %1 subidos, %2 borrados, %3 fallidos.
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>Demasiados argumentos (uso: ferry serve [DIR] [OPCIONES]).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port admite un número de 0 a 65535 (0: cualquier puerto libre), no «%1».</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind admite una dirección IPv4 o IPv6, no «%1».</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user admite NAME:PASSWORD[:rw|ro], p. ej. --user alice:secret:rw, no «%1».</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports admite un rango A-B de puertos entre 1024 y 65535, p. ej. 50000-50999.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions admite un número mayor o igual que 1.</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address admite un número mayor o igual que 1.</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry: no se pudo crear la carpeta %1 para compartir; indique una carpeta: ferry serve DIR
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry: %1 no es una carpeta.
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (lectura y escritura)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anónimo (lectura y escritura)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anónimo (solo lectura)</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry: no se pudo iniciar el servidor: %1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>Pulse Ctrl-C para detener.
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Deteniendo.</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after admite un número de inicios de sesión fallidos (0: no bloquear nunca).</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes admite un número mayor o igual que 1.</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry: no se puede usar el certificado: %1
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
        <translation>ferry: sirviendo sin FTPS: %1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS: desactivado.
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS: obligatorio (AUTH TLS en el puerto %1</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS: opcional (AUTH TLS en el puerto %1</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>, TLS implícito en el puerto %1</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>; las conexiones de datos deben reanudar la sesión TLS).
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>Huella SHA-256 del certificado: %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>Certificado (autofirmado, creado ahora): %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>Certificado (autofirmado): %1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls admite off, optional o required, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert y --key van juntos: el certificado (PEM) y su clave privada.</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port admite un número de 0 a 65535 (0: cualquier puerto libre), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off no puede ir con --cert, --implicit-port ni --tls-require-reuse.</translation>
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
        <translation>Uso: ferry serve [DIR] [OPCIONES]

Comparte la carpeta DIR por FTP (IPv4 e IPv6) hasta Ctrl-C. Muestra las URL que hay que escribir
en el otro lado y luego una línea por sesión, inicio de sesión, transferencia y operación de archivo.
Sin DIR comparte su carpeta Público; sin --user, cualquiera puede entrar como anonymous, solo
lectura. Las contraseñas nunca aparecen en el registro.

Opciones:
      --port N          Escuchar en el puerto N (predeterminado 2121; 0: cualquier puerto libre).
      --bind ADDR       Escuchar solo en ADDR (repetible; predeterminado: todas las direcciones
                        IPv4 e IPv6 de este equipo).
      --user NAME:PASSWORD[:rw|ro]
                        Permitir a NAME entrar con PASSWORD, en lectura y escritura (rw, el
                        predeterminado) o solo lectura (ro). Repetible.
      --anonymous       Permitir también accesos anónimos (predeterminado si no hay --user).
      --writable        Permitir a los anónimos subir, renombrar y eliminar.
      --passive-ports A-B
                        Elegir los puertos de datos pasivos en A-B (para cortafuegos;
                        predeterminado 50000-50999).
      --max-sessions N  Atender como máximo N sesiones a la vez (predeterminado 32).
      --max-per-address N
                        Como máximo N sesiones desde una dirección de cliente (predeterminado 8).
      --ban-after N     Rechazar una dirección durante --ban-minutes tras N inicios de sesión
                        fallidos en 10 minutos, en todas sus conexiones (predeterminado 10;
                        0: nunca). Cada fallo retrasa además la siguiente respuesta a esa
                        dirección.
      --ban-minutes M   Durante cuánto tiempo se rechaza esa dirección (predeterminado 15).
      --tls off|optional|required
                        FTPS (RFC 4217). optional (predeterminado): los clientes pueden
                        usar TLS (AUTH TLS) y el texto claro sigue funcionando (placas);
                        required: inicios de sesión y datos solo por TLS; off: solo texto claro.
      --cert FILE --key FILE
                        El certificado (PEM, con su cadena detrás) y su clave privada.
                        Predeterminado: un certificado autofirmado creado en el primer uso
                        y guardado en la carpeta de datos de Ferry (su huella se muestra
                        al iniciar).
      --implicit-port N Escuchar también FTPS implícito (TLS desde la conexión, ftps://)
                        en el puerto N (0: cualquier puerto libre).
      --tls-require-reuse
                        Rechazar conexiones de datos TLS que no reanuden la sesión TLS de
                        la conexión de control (522), como hace vsftpd por defecto.
  -v, --verbose         Registrar también cada orden y cada respuesta.
  -h, --help            Mostrar esta ayuda.

Las placas pequeñas (clientes FTP de NetX Duo) se atienden como esperan. Código de salida: 0 tras
Ctrl-C, 2 error de uso, 3 no se pudo abrir el puerto, 4 la carpeta no existe.
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>Sirviendo %1 en el puerto %2 a %3.
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>Conéctese con:
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Cifrado: auto (TLS si el servidor lo ofrece; el predeterminado para ftp://), require (TLS explícito; ftpes://), implicit (TLS desde el primer byte; ftps://, puerto 990) u off. Prevalece sobre el esquema de la URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>Confiar en el certificado del servidor cuya huella SHA-256 es SHA256 (hexadecimal, dos puntos opcionales), aunque sea autofirmado o su nombre no coincida.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>Confiar en los certificados de FILE (PEM o DER): una CA que firmó el certificado del servidor, o el propio certificado del servidor.</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Cifrado: auto (TLS si el servidor lo ofrece, el predeterminado para ftp://), require (ftpes://), implicit (ftps://, puerto 990) u off. Prevalece sobre el esquema de la URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256 (hexadecimal, dos puntos opcionales), aunque sea autofirmado.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>Confiar en los certificados de FILE (PEM o DER): el del propio servidor o la CA que lo firmó.</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls admite auto, require, implicit u off, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint admite una huella SHA-256: 64 dígitos hexadecimales, dos puntos opcionales (no &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>Si es el certificado del servidor, vuelva a ejecutar con --fingerprint %1 (o --cacert FILE con el certificado o su CA).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 no contiene ningún certificado (PEM o DER).</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>El certificado de %1:%2 CAMBIÓ desde que confió en él: su huella SHA-256 es ahora %3, antes era %4. Alguien podría estar interceptando la conexión; rechazado. Si el certificado del servidor se sustituyó de verdad, compruebe la nueva huella con su administrador y vuelva a ejecutar con --fingerprint %3.</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>No cifrado (texto claro).</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>certificado de confianza para el sistema</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>certificado fijado por su huella</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>certificado ya de confianza para este servidor</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>certificado aceptado para esta conexión</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>Cifrado: %1; %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>esta compilación de Qt no admite TLS (%1)</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>TLS en la conexión de datos mediante Qt: %1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>la conexión de control no tiene ningún certificado con el que comparar</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>la conexión no está lista para ello</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>No se puede configurar TLS: %1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>la conexión de control aún no tiene ninguna sesión TLS que reanudar</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>no se puede leer la sesión TLS de la conexión de control: %1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>la sesión TLS de la conexión de control no se puede reanudar</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>no se puede ofrecer la sesión TLS de la conexión de control: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>No se puede iniciar TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>el servidor no presentó ningún certificado en la conexión de datos</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>el certificado de la conexión de datos (%1, SHA-256 %2) no es el aceptado para la conexión de control</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>No se pudo leer la carpeta actual</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>No se pudo cambiar a la carpeta %1</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>No se pudo eliminar la carpeta %1</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>No se pudo obtener el tamaño de %1</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>No se pudo obtener la fecha de modificación de %1</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>El servidor no aceptó NOOP</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>El servidor no aceptó QUIT</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>El servidor rechazó «%1»</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1: el servidor no admite %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>«%1» no es una sola línea de orden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>La respuesta del servidor a PWD no contiene ninguna carpeta: %1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: respuesta inesperada %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>Más reciente aquí que en el servidor</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>Más antiguo en el servidor que aquí</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>Más antiguo aquí que en el servidor</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>Más reciente en el servidor que aquí</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>solo en un lado</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>más reciente (más antiguo: gris)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>archivo/carpeta</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>Comparación de carpetas: las marcas muestran en qué difiere cada entrada de la carpeta del otro panel; señala una entrada para ver los tamaños y las horas.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>no se pudo preparar la conexión</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>no cifrado</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>datos cifrados</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>datos no cifrados</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Desconectado de %1.</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Escriba un nombre de host o una URL ftp://.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
Contraseña de %2 en %3:</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>El llavero no tiene ninguna contraseña para este sitio (%1).</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Pestaña nueva</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>Esperando una sesión libre en %1…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>Esperando una sesión libre: %1 atiende %n sesión a la vez y está en uso (%2 por pestañas, %3 por transferencias). Esta pestaña se conecta en cuanto quede una libre; cerrar otra pestaña de este servidor libera una.</numerusform>
            <numerusform>Esperando una sesión libre: %1 atiende %n sesiones a la vez y todas están en uso (%2 por pestañas, %3 por transferencias). Esta pestaña se conecta en cuanto quede una libre; cerrar otra pestaña de este servidor libera una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>Sin conexión. La última vez que se ejecutó Ferry, esta pestaña estaba conectada a %1. Pulse Conectar para volver (Ferry no guarda contraseñas).</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>Sin conexión. La última vez que se ejecutó Ferry, esta pestaña mostraba la carpeta «%1» de %2. Pulse Conectar para volver allí (Ferry no guarda contraseñas).</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>El certificado de %1 es de confianza solo para esta conexión: Ferry no pudo guardarlo en %2 para la próxima vez.</translation>
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
        <translation>¿Cerrar la pestaña?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>%n transferencia hacia o desde %1 está en cola o en curso. Usa una conexión propia y puede seguir sin esta pestaña.</numerusform>
            <numerusform>%n transferencias hacia o desde %1 están en cola o en curso. Usan conexiones propias y pueden seguir sin esta pestaña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>Cerrar, las &amp;transferencias siguen</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>Cerrar y &amp;cancelarlas</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>&amp;Mantener la pestaña</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>El servidor %1 envió algo que no es una respuesta FTP (%2).</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>No se encontró el host %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>El servidor %1 rechazó la conexión: ¿hay un servidor FTP en ese puerto?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>El servidor %1 cerró la conexión.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>No se pudo conectar con %1 en %2 segundos.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 aceptó la conexión pero no envió ningún saludo en %2 segundos. Puede que un servidor de placa pequeña tenga todas sus sesiones ocupadas: cierre otras conexiones con él e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>El servidor %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>No se puede conectar con %1 mediante TLS: %2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>El certificado de %1:%2 no es de confianza (%3) y no se aceptó. Su huella SHA-256 es %4.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 cerró la conexión durante la negociación TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>La negociación TLS con %1 puerto %2 falló (%3): ¿es un puerto de FTPS implícito (ftps://)? Un servidor que habla texto claro ahí necesita ftp:// o ftpes://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La negociación TLS con %1 falló: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>La negociación TLS con %1 no terminó en %2 segundos.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS ya está activo.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>No se pudo esperar una conexión de datos en %1: %2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>No se pudieron escribir los datos descargados: %1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>No se pudo leer el archivo que se va a subir: %1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>El servidor no abrió la conexión de datos en %1 segundos.</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>tiempo agotado tras %1 segundos</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>No se han movido datos en %1 segundos: la transferencia se ha detenido.</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>La conexión de datos falló tras %1 bytes de la subida: %2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>La conexión de datos falló tras %1 bytes: %2; la descarga está incompleta.</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>Conexión de datos rechazada desde %1 puerto %2: no es la dirección del cliente</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>Conexión de datos activa a %1 rechazada: no es la dirección del cliente</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>Conexión de datos activa al puerto %1 rechazada</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>No hay ningún archivo local que transferir.</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>No queda ninguna forma de abrir una conexión de datos: el servidor las rechazó todas.</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>No se pudo abrir una conexión de datos: %1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1; probando %2</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 no puede expresar la dirección %2</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>El servidor rechazó el modo binario</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>El servidor rechazó %1: %2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>No se pudo entender la respuesta EPSV: %1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>No se pudo entender la respuesta PASV: %1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>El servidor pidió una conexión de datos con %1; se usa %2 en su lugar</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>No se pudo conectar con el puerto de datos del servidor (%1): %2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1: %2 (la transferencia se interrumpió tras %3 bytes)</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>El servidor aún no ha respondido a la transferencia cancelada; sincronizando de nuevo</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 solo aquí</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 solo allí</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 más recientes aquí</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 más recientes allí</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 tamaño</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 contenido</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 archivo/carpeta</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>Las dos carpetas son iguales</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>puede que se haya alcanzado el límite de archivos vigilados del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>se ha alcanzado el límite de carpetas vigiladas del sistema (fs.inotify.max_user_watches)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>DELE %1 falló: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Eliminado %1</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>MKD %1 falló: %2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>Carpeta %1 creada</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>RMD %1 falló: %2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>Carpeta %1 eliminada</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>No se pudo renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renombrado a %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modificado el %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya existe en el servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya existe.</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Archivo existente:</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Su archivo:</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>Archivo del servidor:</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>El archivo existente es más antiguo.</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>El archivo existente es más reciente.</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Reemplazar el archivo existente</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>Continuar el archivo existente: es más pequeño, como si una transferencia anterior se hubiera detenido</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>Transferir con un nombre libre como «nombre (1).ext»</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>Dejar el archivo existente como está</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>Hacer lo mismo con &amp;todos los demás archivos que existan</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>Carpeta superior (Alt+Arriba, Retroceso)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Mostrar archivos ocultos</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>Mostrar archivos ocultos (Ctrl+H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>Ubicación (Ctrl+L): escriba una carpeta y pulse Intro</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>Mostrar solo los nombres que contienen este texto; * y ? son comodines</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>No se puede reanudar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>La descarga de %1 terminó tras %2 de %3 bytes.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>No hay un nombre libre para %1 en el servidor.</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>Verificación fallida: %1 no está en el servidor tras la subida.</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>Verificación fallida: el servidor guardó %1 de %2 bytes de %3 aunque informó de éxito.</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>No se comprobó la suma de verificación de %1: el servidor rechazó %2 (%3).</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>No se comprobó la suma de verificación de %1: el servidor respondió a %2 con «%3».</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>Verificación fallida: el %1 de %2 en el servidor es %3, el del archivo local es %4.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar la subida parcial %1: %2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>La subida fue por EPSV, y este servidor pierde esas subidas: sus subidas usan ahora PASV (IPv4) o EPRT (IPv6).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>Se omitió un sitio sin servidor (%1).</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>Se omitió %1: protocolo %2 desconocido.</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>Se omitió %1: Ferry habla FTP y FTPS, no %2.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocolo %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>No se pudo descodificar la contraseña guardada.</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla guarda esta contraseña bajo su contraseña maestra: escríbela una vez.</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>La contraseña está guardada de una forma que Ferry no puede leer (%1).</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla pedía esta contraseña cada vez.</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>Este sitio iniciaba sesión con un archivo de clave.</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>Carpetas anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>Carpeta sin nombre</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>Esto no es un archivo del gestor de sitios de FileZilla (empieza por &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>El archivo no se puede leer como XML (línea %1: %2).</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>Esto no es un archivo del gestor de sitios de FileZilla (no contiene sitios).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 ya está en el gestor de sitios.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>No hay llavero del sistema, así que no se importaron las contraseñas: Ferry las pedirá al conectar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 es demasiado grande para ser un archivo del gestor de sitios de FileZilla.</translation>
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
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>No se puede vigilar %1: %2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>No se puede vigilar %1: %2. Puede que se pierdan cambios en ella.</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>La carpeta vigilada %1 ha desaparecido; vigilancia detenida.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Escriba un nombre de host o una URL ftp://.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>El nombre «%1» contiene un salto de línea y no se puede enviar a un servidor FTP.</translation>
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
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 no está disponible (%1): se escucha solo en IPv4.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>No hay ninguna dirección en la que escuchar.</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>No se encontró un puerto libre en todas las direcciones.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>Se dejó de escuchar</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>Desconectado por el operador del servidor.</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>Demasiadas conexiones (%1): inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>Demasiadas conexiones desde su dirección (%1): inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>Conexión rechazada desde %1: %2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>Se aceptan conexiones de nuevo (%1 rechazadas mientras tanto)</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>No se pueden aceptar conexiones nuevas: %1. Se volverá a intentar.</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>No se pueden aceptar conexiones nuevas: %1 (límite de archivos y conexiones abiertos de este proceso: %2). Las conexiones nuevas se rechazan hasta que se cierren algunas.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 está bloqueada %2 minutos más tras demasiados inicios de sesión fallidos (sus demás conexiones se rechazan sin línea en el registro)</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS necesita un certificado y su clave.</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>Un puerto de FTPS implícito necesita TLS (la política TLS está desactivada).</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>FTPS implícito en %1</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>No se puede escuchar FTPS implícito en %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>Cerrando la sesión: %1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>Línea de orden de más de %1 bytes ignorada</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>%1 %2 rechazado: sesión de solo lectura</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>interrumpido por el cliente</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>se cerró la conexión de control</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>Desconectado tras %1 s (%2 bytes descargados, %3 bytes subidos)</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>Tiempo agotado: ninguna orden en %1 segundos.</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>Tiempo agotado: ningún inicio de sesión en %1 segundos.</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>Conectado (TLS implícito)</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>Cancelado: se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>El servidor cerró la sesión: %1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>No realizado: se perdió la conexión antes de que llegara el turno de esta operación (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 no está en el servidor (no aparece en el listado de %2).</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>No se puede abrir la carpeta %1 en el servidor: %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>No se puede subir %1: %2 es una carpeta en el servidor.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>Un enlace simbólico roto: omitido.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>Un enlace simbólico a una carpeta: no se sigue.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>Un enlace simbólico que vuelve a una carpeta que se está subiendo (un bucle): omitido.</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>Carpetas anidadas a más de %1 niveles: omitidas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>No se puede crear la carpeta %1 en el servidor: existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>No es un archivo normal: omitido.</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>No se puede subir %1: existe una carpeta con ese nombre en el servidor.</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>Un nombre con un separador de ruta no se puede guardar localmente: omitido.</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Un enlace que vuelve a una carpeta que se está descargando (un bucle): omitido.</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>No es un archivo normal ni una carpeta: omitido.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>Un enlace simbólico a una carpeta cuyo destino el servidor no muestra: no se sigue.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Un enlace simbólico que vuelve a una carpeta que se está descargando (un bucle): omitido.</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>El servidor se negó a enviar los datos MLST %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>No se pudo listar la carpeta actual</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>No se pudo listar %1</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>Los nombres de archivo del servidor no son UTF-8: se usa Latin-1 para esta conexión.</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>No se pudo analizar la línea del listado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>No se pudo analizar %n línea más del listado.</numerusform>
            <numerusform>No se pudieron analizar %n líneas más del listado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LocalFileModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
</context>
<context>
    <name>Ferry::LocalHasher</name>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>No se puede leer %1 para calcular su suma de verificación: %2</translation>
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
        <translation>Archivos locales</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renombrado a %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>No se puede leer la carpeta %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>Seleccione primero los archivos o carpetas que quiere subir.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>¿Eliminar %1 definitivamente? Las carpetas se eliminan con todo su contenido.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>¿Eliminar este elemento definitivamente? Las carpetas se eliminan con todo su contenido.</numerusform>
            <numerusform>¿Eliminar estos %n elementos definitivamente? Las carpetas se eliminan con todo su contenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n elemento eliminado</numerusform>
            <numerusform>%n elementos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nombre de la nueva carpeta en %1:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>«%1» no es un nombre de carpeta válido.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>No se pudo crear la carpeta %1 en %2.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Carpeta: %2&lt;br&gt;Tipo: %3&lt;br&gt;Tamaño: %4&lt;br&gt;Modificado: %5&lt;br&gt;Permisos: %6&lt;br&gt;Propietario: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>Órdenes, respuestas y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Vaciar registro</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>el servidor no tiene autenticador</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>el autenticador no dio archivos que servir</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>Sesión iniciada (%1), sirviendo %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>Inicio de sesión fallido para el usuario «%1» (%2), intento %3 de %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>%1 inicios de sesión fallidos: desconectando</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>Inicio de sesión de «%1» rechazado sin comprobar la contraseña: esta dirección está bloqueada %2 minutos más tras demasiados inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%1 inicios de sesión fallidos desde %2 en %3 minutos: se rechazan las conexiones de esta dirección durante %4 minutos</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar con %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Conectando con %1 puerto %2</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>El servidor cerró la conexión tras la contraseña: %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>El servidor no aceptó la conexión</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>La contraseña contiene un salto de línea.</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>Inicio de sesión rechazado para el usuario %1: %2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>El servidor pide una cuenta (ACCT), que Ferry no admite: %1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>Falló el inicio de sesión (¿usuario o contraseña incorrectos?): %1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>El servidor no conoce FEAT: solo se usan órdenes básicas.</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>Sesión iniciada; carpeta actual %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS establecido (%1)</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>No se puede usar TLS: %1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 no ofrece TLS (AUTH: %2) y el cifrado es obligatorio. Use ftp:// o el modo TLS auto para conectar sin él.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>El servidor no ofrece TLS (%1): la conexión no está cifrada, las contraseñas y los archivos viajan en texto claro.</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 se negó a cifrar las conexiones de datos (PROT P: %2) y el cifrado es obligatorio. Use ftp:// o el modo TLS auto para aceptar conexiones de datos en texto claro.</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>El servidor se negó a cifrar las conexiones de datos (%1): los archivos viajan en texto claro; la contraseña y los comandos van cifrados.</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>&amp;Acerca de Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Acerca de Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Transferencia de archivos por FTP, para placas y equipos de escritorio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>Conexión rápida</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>%1 — Ferry</source>
        <translation>%1 — Ferry</translation>
    </message>
    <message>
        <source>No saved sites</source>
        <translation>No hay sitios guardados</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>El nuevo idioma se aplicará cuando Ferry se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>Seguir &amp;ejecutando</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>El servidor FTP está funcionando en el puerto %1.</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>El servidor FTP está detenido.</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>&amp;Servidor FTP</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>Mostrar u ocultar el panel del servidor FTP: compartir una carpeta por FTP</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transferencia</numerusform>
            <numerusform>%n transferencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>%n transferencia sigue en curso. Se queda en la cola, en pausa, y continúa cuando la reanude tras volver a iniciar Ferry.</numerusform>
            <numerusform>%n transferencias siguen en curso. Se quedan en la cola, en pausa, y continúan cuando las reanude tras volver a iniciar Ferry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>El servidor FTP tiene %n sesión conectada; al salir se desconectará.</numerusform>
            <numerusform>El servidor FTP tiene %n sesiones conectadas; al salir se desconectarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>¿Salir de Ferry?</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>Gestor de &amp;sitios…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nuevo sitio…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>Conexión &amp;rápida</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>&amp;Abrir	Intro</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>Carpeta &amp;superior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>Editar &amp;ubicación</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltrar</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>Mostrar archivos &amp;ocultos</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>Cambiar de &amp;panel	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>&amp;Cola de transferencias</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>&amp;Cancelar todas las transferencias</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>Descargar la selección a la carpeta local (Ctrl+T)</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>Subir la selección a la carpeta remota (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>Conectar con un s&amp;itio</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>&amp;Pestaña nueva</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>Pestaña &amp;anterior</translation>
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
        <translation>No queda espacio en el dispositivo</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>el otro extremo restableció la conexión</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>La negociación TLS falló: %1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>el cliente cerró la conexión sin terminar TLS (sin close_notify): pueden faltar datos</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>el cliente cerró la conexión</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>el servidor cerró la conexión sin terminar TLS (sin close_notify): pueden faltar datos</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la conexión falló</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>Error TLS %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>El llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>No se pudo usar el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>Transferencia fallida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>Transferencias terminadas con errores</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n transferencia hecha, </numerusform>
            <numerusform>%n transferencias hechas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fallida.</numerusform>
            <numerusform>%n fallidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Transferencias terminadas</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n transferencia hecha.</numerusform>
            <numerusform>%n transferencias hechas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>host, ftp://, ftpes:// o ftps://usuario@host/carpeta</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>Un nombre de host o una dirección (cifrado con TLS si el servidor lo ofrece), o una URL: ftp://, ftpes:// (TLS explícito obligatorio) o ftps:// (TLS implícito, puerto 990). La lista muestra las conexiones recientes</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Última subida</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>Archivos en edición</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>&amp;Subir ahora</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Dejar de vigilar</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>Olvidar el archivo: lo que se guarde después no se sube y la copia temporal se borra</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>la aplicación predeterminada del escritorio</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>La orden que abre un archivo para editarlo (el archivo se añade al final), p. ej. &quot;kate&quot; o &quot;code --wait&quot;; vacío: la aplicación de tu escritorio</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>Subir &amp;automáticamente los archivos guardados</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>%1 subido a %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>Editando %1: cada vez que se guarda, se %2.</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>sube</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>ofrece para subir</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>Ninguna aplicación abre %1; indica una orden de editor abajo.</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>No se pudo iniciar el editor &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> (%n subida)</numerusform>
            <numerusform> (%n subidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Cambiado en el servidor</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>¿Subir el archivo guardado?</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>%1 ha cambiado en el servidor desde que lo abriste.</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>Se ha guardado %1. ¿Subirlo a %2?</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>¿Reemplazar la copia del servidor por la tuya?</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>&amp;Sobrescribir la copia del servidor</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>&amp;Conservar la copia del servidor</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>Subir automáticamente los archivos guardados a partir de ahora</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 bytes, modificado %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>Esperando cambios</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>Guardado: ¿subir?</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>Comprobando la copia del servidor</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Cambiado en el servidor</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La cola de transferencias no conoce el servidor %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>No se puede crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 no es un archivo en el servidor.</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>Se ha borrado en el servidor desde que lo abriste.</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>Ha cambiado en el servidor desde que lo abriste: entonces %1, ahora %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>el archivo se puede descargar</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>se puede listar la carpeta</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>entrar</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>se puede entrar en la carpeta</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>el archivo se puede sobrescribir</translation>
    </message>
    <message>
        <source>append</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>se pueden añadir datos al archivo</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>crear archivos</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>se pueden crear archivos en la carpeta</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>crear carpetas</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>se pueden crear carpetas en la carpeta</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>se puede eliminar</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>eliminar el contenido</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>se puede eliminar lo que contiene la carpeta</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renombrar</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>se puede renombrar</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>se pueden cambiar sus permisos (SITE CHMOD)</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>se puede cambiar su fecha (MFMT)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>Dato perm de MLSD: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>no definido en el RFC 3659</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>Según el listado: %1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>Dato UNIX.mode de MLSD: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>Archivos remotos</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>No conectado. Escriba un host o una dirección ftp:// arriba y pulse Conectar, o abra el gestor de sitios (Ctrl+S).</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>Remoto (no conectado)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remoto: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Seleccione primero los archivos o carpetas que quiere descargar.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>Un nombre no puede contener «/»: %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renombrado a %1</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Eliminar en el servidor</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>¿Eliminar %1 en el servidor? No se puede deshacer; una carpeta se elimina con todo su contenido.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>¿Eliminar este elemento en el servidor? No se puede deshacer; una carpeta se elimina con todo su contenido.</numerusform>
            <numerusform>¿Eliminar estos %n elementos en el servidor? No se puede deshacer; las carpetas se eliminan con todo su contenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Eliminado en el servidor.</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>Nueva carpeta en el servidor</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nombre de la nueva carpeta en %1:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>«%1» no es un nombre de carpeta válido.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ruta: %2&lt;br&gt;Tipo: %3&lt;br&gt;Tamaño: %4&lt;br&gt;Modificado: %5&lt;br&gt;Permisos: %6&lt;br&gt;Propietario: %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;Enlace a: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>No hay ningún sitio «%1» con el que trabajar.</translation>
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
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>El nombre «%1» contiene un salto de línea.</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>No se pudo renombrar %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>No se pudo renombrar %1 a %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>El servidor envió una línea de respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>El servidor envió algo que no es una respuesta FTP: «%1».</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>El servidor envió una respuesta de más de %1 líneas.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>El servidor envió una respuesta de más de %1 bytes.</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1 (transferencias NO cifradas)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>La conexión con %1 está cifrada (%2). Pulse para ver el certificado del servidor.</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Cifrado: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>No cifrado</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>La conexión con %1 no está cifrada: la contraseña y los archivos cruzan la red legibles por cualquiera en el camino.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>La conexión con %1 no está cifrada: el servidor no ofreció TLS (las placas pequeñas no pueden), o el sitio dice &quot;solo texto claro&quot;. La contraseña y los archivos cruzan la red legibles por cualquiera en el camino. Si el servidor admite TLS, elija &quot;Exigir TLS explícito&quot; o &quot;TLS implícito&quot; para él en el gestor de sitios.</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>No se pudo crear un certificado (%1): %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validez</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clave pública</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>extensiones</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
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
        <translation>No se puede crear la carpeta %1 para el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>El certificado del servidor en %1 está bloqueado por otro proceso.</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>El certificado guardado del servidor no se puede usar (%1). Elimine %2 para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>No hay ningún puerto pasivo libre entre %1 y %2 en %3: %4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>No se puede esperar una conexión de datos en %1: %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Falló la lectura del archivo: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Falló la escritura del archivo: %1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>La conexión de datos falló tras %1 bytes: %2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>el cliente no se conectó en %1 segundos</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>se agotó el tiempo al conectar con %1 puerto %2</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>No se han movido datos en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>el hilo del servidor aún está ocupado con una operación de archivo; inténtelo de nuevo en un momento</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>(escriba una contraseña)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>Una carpeta que compartir (o suelte una aquí)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>Elegir la carpeta que compartir</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>Dejar que el sistema elija un puerto libre; las URL muestran cuál.</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>Permitir accesos anónimos</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>Cualquiera puede entrar como «anonymous» o «ftp» con cualquier contraseña.</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>Los usuarios anónimos pueden subir, renombrar y eliminar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>Usuarios con nombre: haga doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Añadir una cuenta de usuario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>Quitar las cuentas de usuario seleccionadas</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>Guardar las contraseñas en texto plano (no recomendado)</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>Sin esto, las contraseñas de las cuentas se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>Sin esto, las contraseñas de las cuentas no se guardan: escríbalas de nuevo cuando Ferry se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>Cuentas de usuario:</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Conectar con este servidor</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>Abrir la carpeta compartida en el panel remoto, como el primer usuario</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>Conectar con</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>&amp;Desconectar sesión</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>Cerrar las sesiones seleccionadas (el cliente recibe 421)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>Aquí aparecen las sesiones, inicios de sesión, transferencias y operaciones de archivo.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>Elija primero una carpeta que compartir: escríbala, use Elegir… o suelte una desde un gestor de archivos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta existente (Elegir…) o créela primero.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta que compartir.</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry no puede leer la carpeta %1. Elija otra carpeta o cambie sus permisos.</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>Una cuenta de usuario no tiene nombre: escriba uno o quite la cuenta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>«%1» es el acceso anónimo: marque «Permitir accesos anónimos» en lugar de añadirlo como usuario.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>El nombre de usuario «%1» contiene un espacio o dos puntos: elija otro nombre.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>El usuario «%1» aparece dos veces: quite uno de ellos.</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>Escriba una contraseña para el usuario «%1» (doble clic en su celda de contraseña).</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>Nadie podría iniciar sesión: marque «Permitir accesos anónimos» o añada una cuenta de usuario.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>No se pudo iniciar el servidor: %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>De&amp;tener servidor</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Iniciar servidor</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sesiones (%1)</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>El servidor está detenido.</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>Carpeta que compartir</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (lectura y escritura)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anónimo (lectura y escritura)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anónimo (solo lectura)</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>No se pudo iniciar el servidor: %1
Elija otro puerto o marque «Cualquier puerto libre».</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>Compartiendo %1 en el puerto %2 con %3.</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>No se pudo iniciar el servidor con cifrado: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>(sin sesión iniciada)</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1 (iniciando sesión)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
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
Conectado desde %2
Descargado por el cliente: %3 bytes
Subido por el cliente: %4 bytes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>Acción actual</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>Cifrado (FTPS)</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>Opcional: los clientes eligen TLS o texto claro (placas)</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>Obligatorio: inicios de sesión y datos solo por TLS</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>Desactivado: solo texto claro</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>FTPS (explícito, AUTH TLS) con el certificado autofirmado propio de Ferry, creado en el primer uso y guardado para los siguientes inicios</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>Copiar la huella SHA-256 del certificado</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copiar huella</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>Huella copiada</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>Certificado
SHA-256:</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>Desactivado: todo, contraseñas incluidas, cruza la red en texto claro.</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>Obligatorio: los clientes deben usar TLS (ftpes://) para iniciar sesión y mover archivos.</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>Opcional: los clientes que pueden usar TLS (ftpes://) van cifrados; los demás, como las placas, usan texto claro.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>Los clientes comprueban el certificado del servidor por su huella, que se muestra aquí mientras el servidor funciona.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>el cliente no reanudó la sesión TLS de la conexión de control en la conexión de datos (se exige reutilizar la sesión)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>Un nuevo idioma se aplica cuando Ferry se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automático (pasivo, y activo si falla)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>Conservar ambos (renombrar el nuevo)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>&amp;Modo de transferencia predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>Transferencias &amp;paralelas:</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>Si un archivo &amp;existe:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Límite de velocidad:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Tiempo de espera de &amp;conexión:</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>Tiempo de espera de &amp;respuesta:</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>Conexiones por servidor para las transferencias. Los servidores de placas pequeñas (sin FEAT) usan una, salvo que su sitio indique otra cosa.</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>Sobrescribir si es más reciente</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>Sobrescribir si es más reciente o de otro tamaño</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>Reanudar (continuar un archivo más pequeño)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>No se pudo guardar %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>El Ferry en ejecución no respondió: %1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>Ya se está ejecutando otro Ferry.</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>Nuevo sitio</translation>
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
        <translation>Gestor de sitios</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>Sitios guardados</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Nuevo sitio</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>Nuevo sitio (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>Nueva &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com, 192.168.1.20 o ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>vacío para anónimo</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Recordar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>Guardar la contraseña en texto plano (no recomendado)</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automático (pasivo, y activo si falla)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>Conexiones usadas para las transferencias; la navegación usa una más.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Elegir la carpeta local</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>la carpeta de inicio de sesión</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>Ajuste de &amp;placa (NetX Duo / pequeño servidor embebido)</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>Una conexión de transferencia, modo pasivo, tiempos de espera prudentes y un keep-alive antes de que la placa corte las sesiones inactivas</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>&amp;Conexiones de transferencia:</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>Carpeta &amp;local:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Carpeta &amp;remota:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de conexión:</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>Tiempo de espera de respuesta (&amp;y):</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>&amp;Keep-alive cada:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Carpeta local</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>Cualquiera que pueda leer su archivo de configuración puede leer esta contraseña.</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>Sin ninguna de las dos opciones, Ferry pide la contraseña al conectar.</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>No hay ningún llavero del sistema disponible: Ferry pide la contraseña al conectar, salvo que la guarde en texto plano.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>Nombre de la carpeta (use / para una carpeta dentro de otra):</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Eliminar carpeta</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>La carpeta %1 todavía contiene sitios: elimínelos o muévalos primero.</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>No se guardó la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>&amp;Importar de FileZilla…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>Añadir los sitios del gestor de sitios de FileZilla (sitemanager.xml): carpetas, servidores, usuarios, modos y contraseñas al llavero del sistema</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>Archivo del gestor de sitios de FileZilla</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>Sitios de FileZilla (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>%n sitio importado de FileZilla.</numerusform>
            <numerusform>%n sitios importados de FileZilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>Pulsa Aceptar para conservarlos (las contraseñas van al llavero del sistema).</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>Pulsa Aceptar para conservarlos.</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>Importar de FileZilla</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n nota: mira los detalles.</numerusform>
            <numerusform>%n notas: mira los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>Usar TLS si está disponible (FTP, cifrado cuando el servidor puede)</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>Exigir TLS explícito (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>TLS implícito (FTPS, puerto 990)</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>Solo texto claro (inseguro: contraseñas legibles en la red)</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>&quot;TLS si está disponible&quot; cifra siempre que el servidor lo ofrece y funciona con servidores que no pueden (placas pequeñas). TLS explícito se niega a seguir sin él; TLS implícito habla TLS desde el primer byte, normalmente en el puerto 990.</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifrado:</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>La comprobación del tamaño de los archivos subidos falló (%1); de nuevo en %2 s.</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>No se pudo comprobar el tamaño del archivo subido: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>No se pudieron obtener los datos de %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1: el servidor no admite MLST.</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1: respuesta inesperada %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>el otro extremo cerró la conexión antes del final</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>no se transfirieron datos durante %n segundo</numerusform>
            <numerusform>no se transfirieron datos durante %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>La navegación sincronizada necesita una carpeta en los dos paneles: conéctate primero.</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>Navegación sincronizada: %1 sigue a %2</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>Navegación sincronizada</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>La carpeta %1 no existe en el servidor.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>La carpeta %1 no existe en este equipo.</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>¿Crearla para que los dos paneles vayan a la par?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Crear carpeta</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>El servidor no ofrece ninguna orden de suma de comprobación (HASH, XSHA256, XSHA1, XMD5 o XCRC): compara por tamaño y hora.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>El servidor rechazó %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>Igual en los dos lados</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Solo en este equipo</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>Solo en el servidor</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>Más reciente en este equipo</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>Más reciente en el servidor</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>Tamaño distinto</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>Mismo tamaño, contenido distinto (suma de comprobación)</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>Un archivo en un lado y una carpeta o enlace en el otro</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>aquí %1, servidor %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>aquí %1 bytes, servidor %2 bytes</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>Mismo tamaño, suma de comprobación desconocida</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>&amp;Comparar carpetas</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>Marca lo que difiere entre las dos carpetas mostradas: verde solo en un lado, naranja más reciente (gris el lado más antiguo), rojo otro tamaño, morado archivo frente a carpeta</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>Tamaño y hora</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>Solo tamaño</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>Solo hora</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>Navegación s&amp;incronizada</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>Entrar en una carpeta en un panel entra en la misma carpeta en el otro</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>&amp;Sincronizar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>&amp;Mantener actualizado el remoto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>Abrir el archivo remoto en un editor y subirlo cada vez que se guarde</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>Archivos en &amp;edición</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>&amp;Avisar cuando terminen las transferencias</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>Mantener actualizado el remoto</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>Archivos en edición</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;incronizar</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>Comparar &amp;por</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>El reloj del servidor difiere %1 s del de este equipo; las comparaciones lo tienen en cuenta.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>Crear carpeta en el servidor</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>Crear carpeta aquí</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Borrar en el servidor</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Borrar aquí</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>solo en este equipo</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>solo en el servidor</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>solo en este equipo (lo que sobra se borra)</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>solo en el servidor (lo que sobra se borra)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>suma de comprobación desconocida</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>hora de modificación desconocida</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La cola de transferencias no conoce el servidor %1.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>No se puede borrar la carpeta %1 (¿está vacía?).</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>No se puede borrar %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>Listando %1: %n carpeta, %2 entradas</numerusform>
            <numerusform>Listando %1: %n carpetas, %2 entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Listando %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>Comparando sumas de comprobación: %1 de %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Elegir la carpeta local</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>Subir: dejar el servidor como este equipo</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>Descargar: dejar este equipo como el servidor</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>En ambos sentidos: gana el archivo más reciente</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>&amp;Hora de modificación</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>Suma de &amp;comprobación</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>Los archivos del mismo tamaño se comparan por la suma de comprobación del servidor (más lento: ambos lados leen cada uno de esos archivos).</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>El servidor no ofrece ninguna orden de suma de comprobación (HASH, XSHA, XMD5, XCRC).</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>&amp;Borrar los archivos y carpetas que solo tiene el destino</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>todo (p. ej. *.bin *.cfg)</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>nada (p. ej. *.o .git/ build/)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>Carpeta &amp;local:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Carpeta &amp;remota:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Comparar por:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Acciones previstas</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Marcar &amp;todo</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Marcar &amp;nada</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>Poner las acciones marcadas en la cola de transferencias</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>Conéctate primero al servidor.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>La carpeta remota debe ser una ruta absoluta (que empiece por /).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>Dejar (conflicto)</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — no se puede decir qué lado tiene razón</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>Nada que hacer: las carpetas están al día (%n entrada comparada).</numerusform>
            <numerusform>Nada que hacer: las carpetas están al día (%n entradas comparadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>Desmarca lo que no deba ocurrir y luego Ejecutar.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>%1 de %2 marcadas: %3 subidas, %4 descargas (%5), %6 carpetas por crear, %7 borrados</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>; %n conflicto sin tocar</numerusform>
            <numerusform>; %n conflictos sin tocar</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>En curso: %1 de %2 hechas, %3 fallidas</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>Terminado: %1 hechas, %2 fallidas:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>Terminado: la %n acción está hecha.</numerusform>
            <numerusform>Terminado: las %n acciones están hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>%n acción en cola: mira la cola de transferencias.</numerusform>
            <numerusform>%n acciones en cola: mira la cola de transferencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>no se puede conectar a %1, puerto %2</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>no se pudo establecer la conexión</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>No se pudieron guardar los desfases de reloj de los servidores en %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS establecido (%1)</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>TLS en la conexión de control falló: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>No se puede iniciar TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>No se encontró ningún certificado PEM (%1).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>La clave privada está protegida por una frase de contraseña; el servidor la necesita sin ella.</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>No se encontró ninguna clave privada PEM (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clave privada no corresponde al certificado.</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 y %2: %3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>El certificado no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>El servidor no tiene certificado.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>No se puede configurar TLS: %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>No se puede iniciar TLS: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>el certificado de la conexión de datos no es de confianza (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>la conexión se cerró sin el final del flujo TLS (sin close_notify): pueden faltar datos</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>transferencia %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>cola</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>Conéctese primero a un servidor: las subidas van a la carpeta que se muestra a la derecha.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Subiendo %n elemento a %1</numerusform>
            <numerusform>Subiendo %n elementos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>Elija primero una carpeta local a la que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Descargando %n elemento a %1</numerusform>
            <numerusform>Descargando %n elementos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>No se pudo añadir %1 a la cola: %2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>Descargando para soltar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>No se pudo leer la cola de transferencias de la última ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>%n transferencia sin terminar de la última ejecución está en pausa en la cola. Conéctese a su servidor y pulse Reanudar para continuar.</numerusform>
            <numerusform>%n transferencias sin terminar de la última ejecución están en pausa en la cola. Conéctese a su servidor y pulse Reanudar para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>Falló la subida de %1: %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>Transferencias completadas</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 rechazado: %3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>Listado de la carpeta enviado.</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>Transferencia completada.</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>Espacio de almacenamiento insuficiente: %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Falló la escritura del archivo: %1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>El cliente cerró la conexión de control antes de confirmarse la subida: la subida se descartó.</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>Transferencia completada (nombre de archivo único: %1).</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>No se pudo eliminar la subida parcial %1: %2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>Transferencia interrumpida: %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2: %3 bytes en %4 s (%5 MB/s): %6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>No se puede abrir la conexión de datos.</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>Conexión cerrada; transferencia interrumpida.</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>Error local: no se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>Espacio de almacenamiento insuficiente.</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>Error local: no se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>Conexión de datos: %1, sesión TLS reanudada</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>Conexión de datos: %1, nueva sesión TLS</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>La conexión SSL falló.</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>La conexión SSL falló: se requiere reutilizar la sesión.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>El motor de transferencias se ha detenido.</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>El motor de transferencias no se detuvo en %1 s.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>El servidor rechazó la descarga de %1</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>El servidor rechazó la subida de %1</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>El servidor no puede reanudar transferencias (REST)</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>La descarga de %1 terminó tras %2 de %3 bytes: la conexión de datos se cerró antes de tiempo.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Pausar t&amp;odo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>Reanudar to&amp;do</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Quitar las &amp;finalizadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Cola (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Completadas (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallidas (%1)</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>No hay transferencias. Arrastre archivos entre los paneles, o selecciónelos y pulse Ctrl+T.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n finalizada</numerusform>
            <numerusform>%n finalizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>No hay ningún sitio «%1» con el que transferir.</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>La ruta local «%1» no es absoluta.</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>La ruta remota «%1» no es absoluta (debe empezar por /).</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>No se puede guardar la cola de transferencias en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>No se puede leer la cola de transferencias %1: %2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>A una tarea del archivo de la cola le falta el sitio, la dirección o el estado.</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>A una tarea del archivo de la cola le falta la ruta local o remota.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>El número de trabajo %1 ya está ocupado.</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>La cola de transferencias %1 no se puede usar (%2) y no se pudo apartar: %3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>La cola de transferencias %1 no se puede usar (%2); se ha guardado como %3.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañada: %1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>no es una cola de transferencias de Ferry</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>escrita por un Ferry más reciente</translation>
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
        <translation>Subida de %1 a %2 en %3</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>Descarga de %1 desde %2 a %3</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%1 de %2 archivos hechos, %3 omitidos, %4 fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>%n fallo reintentado</numerusform>
            <numerusform>%n fallos reintentados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 de %3 archivos)</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>Listando carpetas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1 (%n reintento)</numerusform>
            <numerusform>%1 (%n reintentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferScheduler</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>No hay ningún sitio «%1» con el que transferir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>No se pudo conectar (%1); nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>Falló el listado (%1); nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>No se puede descargar %1: %2 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 existe; no hay nadie a quien preguntar, así que se omite.</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 falló (%2); intento %3 de %4 en %5 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>Fallaron %1 de %2 archivos. Primero: %3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar la subida parcial %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>El archivo de configuración %1 está dañado y no se pudo apartar: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>El archivo de configuración %1 está dañado; se ha guardado como %2 y Ferry empieza uno nuevo.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>Elegir la carpeta que vigilar</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>Patrones de archivos y carpetas que no se suben, separados por espacios; una / al final indica una carpeta.</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>Borrar en el servidor lo que se borre aquí</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>Subir primero lo que difiera</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>Últimas subidas y errores</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Vigilar:</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>&amp;Subir a:</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>&amp;Ignorar:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Conéctate primero a un servidor.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>La carpeta remota debe ser una ruta absoluta (que empiece por /).</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>Carpeta creada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>Vigilando %1 → %2 en %3: %4 subidos, %5 borrados, %6 fallidos%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation> (ocupado)</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>Conéctate a un servidor, elige una carpeta e Inicia: cada archivo guardado en ella se sube.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La cola de transferencias no conoce el servidor %1.</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Nombre de archivo no válido: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No existe la carpeta: %1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 lleva fuera de la carpeta compartida.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>No es una carpeta: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permiso denegado: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No existe el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>No se puede empezar a leer %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>No se puede reanudar %1 en el byte %2: el archivo tiene %3 bytes.</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>No se pudo reanudar %1 en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permiso denegado: no se puede crear %1.</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>No se puede eliminar la carpeta raíz.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>La carpeta %1 no está vacía.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>No se pudo eliminar la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 es una carpeta: use RMD.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>No se puede renombrar la carpeta raíz.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Ya existe una carpeta llamada %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>No se puede mover %1 dentro de sí mismo.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>No se pudo renombrar %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Nombre de archivo no válido: %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>No existe la carpeta: %1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>No es una carpeta: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No existe el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>No se puede empezar a leer %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permiso denegado: %1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>No se puede reanudar %1 en el byte %2: el archivo tiene %3 bytes.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permiso denegado: no se puede crear %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>La carpeta %1 no está vacía.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 es una carpeta: use RMD.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>No se puede mover %1 dentro de sí mismo.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Ya existe una carpeta llamada %1.</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>La conexión TLS/SSL se ha cerrado</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>contraseña incorrecta</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>el acceso anónimo está desactivado</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
</context>
</TS>
