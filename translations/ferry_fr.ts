<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ferry::AppSettings</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Ferry::CertificateDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS : %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP : %1</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>e-mail : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRÉ le %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>PAS ENCORE VALIDE (à partir du %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>La connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Trusted: the system&apos;s certificate store vouches for this certificate and its name.</source>
        <translation>De confiance : le magasin de certificats du système garantit ce certificat et son nom.</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint: it was given for this server, or you accepted it for another connection to this server in this session.</source>
        <translation>De confiance par son empreinte : elle a été indiquée pour ce serveur, ou vous l’avez acceptée pour une autre connexion à ce serveur pendant cette session.</translation>
    </message>
    <message>
        <source>Trusted because you chose to always trust exactly this certificate for this server.</source>
        <translation>De confiance car vous avez choisi de toujours faire confiance à exactement ce certificat pour ce serveur.</translation>
    </message>
    <message>
        <source>Trusted because you accepted it for this connection.</source>
        <translation>De confiance car vous l’avez accepté pour cette connexion.</translation>
    </message>
    <message>
        <source>File transfers and listings are NOT encrypted (the server did not accept PROT P).</source>
        <translation>Les transferts et les listes ne sont PAS chiffrés (le serveur n’a pas accepté PROT P).</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificat inconnu</translation>
    </message>
    <message>
        <source>WARNING: certificate changed</source>
        <translation>ATTENTION : certificat modifié</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Always trust the new certificate for this server (it replaces the one trusted before)</source>
        <translation>&amp;Toujours faire confiance au nouveau certificat pour ce serveur (il remplace le précédent)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate for this server</source>
        <translation>&amp;Toujours faire confiance à ce certificat pour ce serveur</translation>
    </message>
    <message>
        <source>Ferry keeps exactly this certificate for %1; if the server ever shows another one, Ferry warns you again.</source>
        <translation>Ferry conserve exactement ce certificat pour %1 ; si le serveur en présente un autre, Ferry vous avertit à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Le certificat de %1 n’est pas reconnu.</translation>
    </message>
    <message>
        <source>Ferry cannot confirm that it is talking to this server and not to someone in between. Compare the SHA-256 fingerprint below with the one the server&apos;s administrator gives you (a Ferry server shows it in its panel) before you trust it.</source>
        <translation>Ferry ne peut pas confirmer qu’il parle à ce serveur et non à un intermédiaire. Comparez l’empreinte SHA-256 ci-dessous avec celle que vous donne l’administrateur du serveur (un serveur Ferry l’affiche dans son panneau) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.</source>
        <translation>ATTENTION : le certificat de %1 a CHANGÉ.</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server before. Someone may be intercepting the connection, or the server&apos;s administrator may have installed a new certificate. Do not connect unless you know why it changed: ask the administrator for the new fingerprint.</source>
        <translation>Vous avez fait confiance à un autre certificat pour ce serveur auparavant. Quelqu’un intercepte peut-être la connexion, ou l’administrateur du serveur a installé un nouveau certificat. Ne vous connectez pas sans savoir pourquoi il a changé : demandez la nouvelle empreinte à l’administrateur.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>What the system&apos;s verification says about it:</source>
        <translation>Ce qu’en dit la vérification du système :</translation>
    </message>
    <message>
        <source>Fingerprint trusted before:</source>
        <translation>Empreinte reconnue auparavant :</translation>
    </message>
    <message>
        <source>Fingerprint shown now:</source>
        <translation>Empreinte présentée maintenant :</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>— the certificate is not issued for this name</source>
        <translation>— le certificat n’est pas émis pour ce nom</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (celui du serveur)</translation>
    </message>
    <message>
        <source>%1 (issuer, level %2)</source>
        <translation>%1 (émetteur, niveau %2)</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>&amp;Chaîne de certificats :</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Noms alternatifs :</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(aucun certificat)</translation>
    </message>
    <message>
        <source>Self-signed (the issuer is the subject itself: nobody vouches for it)</source>
        <translation>Auto-signé (l’émetteur est le sujet lui-même : personne ne le garantit)</translation>
    </message>
</context>
<context>
    <name>Ferry::Certificates</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Ferry::ChecksumOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No checksum method for %1.</source>
        <translation>Aucune méthode de somme de contrôle pour %1.</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>Le serveur a refusé %1</translation>
    </message>
    <message>
        <source>Could not get the %1 checksum of %2</source>
        <translation>Impossible d’obtenir la somme de contrôle %1 de %2</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1 : réponse inattendue %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandLine</name>
    <message>
        <source>Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, modification time and name.</source>
        <translation>Liste détaillée, une entrée par ligne comme `ls -l` : type et permissions, taille en octets, date de modification et nom.</translation>
    </message>
    <message>
        <source>Resume: if the partial file .NAME.ferry-part exists, continue the download from its size (REST); keep it when the download fails or is interrupted.</source>
        <translation>Reprise : si le fichier partiel .NAME.ferry-part existe, reprendre le téléchargement à partir de sa taille (REST) ; le conserver si le téléchargement échoue ou est interrompu.</translation>
    </message>
    <message>
        <source>Log in as NAME (instead of the URL&apos;s user; default: anonymous).</source>
        <translation>Se connecter en tant que NAME (au lieu de l’utilisateur de l’URL ; par défaut : anonymous).</translation>
    </message>
    <message>
        <source>Log in with PASSWORD (instead of the URL&apos;s password). Other users on this machine may see command lines: prefer the FERRY_PASSWORD environment variable.</source>
        <translation>Se connecter avec PASSWORD (au lieu du mot de passe de l’URL). Les autres utilisateurs de cette machine peuvent voir les lignes de commande : préférez la variable d’environnement FERRY_PASSWORD.</translation>
    </message>
    <message>
        <source>Active mode: the server connects to ferry for data (EPRT/PORT).</source>
        <translation>Mode actif : le serveur se connecte à ferry pour les données (EPRT/PORT).</translation>
    </message>
    <message>
        <source>Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, falling back to active when the server refuses it.</source>
        <translation>Mode passif : ferry se connecte au serveur pour les données (EPSV/PASV). Par défaut : passif, avec repli sur actif si le serveur le refuse.</translation>
    </message>
    <message>
        <source>Print the control dialogue with the server (passwords masked) and a transfer summary on standard error.</source>
        <translation>Afficher le dialogue de contrôle avec le serveur (mots de passe masqués) et un résumé du transfert sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>List a remote directory, or show one file.</source>
        <translation>Lister un dossier distant, ou afficher un fichier.</translation>
    </message>
    <message>
        <source>Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names a file, shows that file. Prints one name a line on standard output, sorted, directories with a trailing &apos;/&apos;; a listing of more than 10,000 entries is printed while it arrives, in the server&apos;s order. With -l, one entry a line like `ls -l`: type and permissions (&apos;?&apos; where the server does not tell; for servers that only say what this login may do, that is the first triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, and &apos; -&gt; TARGET&apos; for symbolic links. The entries &apos;.&apos; and &apos;..&apos; are left out.</source>
        <translation>Liste le dossier que désigne l’URL (ftp://host/ est le dossier de connexion) ; pour une URL qui désigne un fichier, affiche ce fichier. Affiche un nom par ligne sur la sortie standard, trié, les dossiers suivis d’un &apos;/&apos; ; un listing de plus de 10 000 entrées est affiché à mesure qu’il arrive, dans l’ordre du serveur. Avec -l, une entrée par ligne comme `ls -l` : type et permissions (&apos;?&apos; quand le serveur ne le dit pas ; pour les serveurs qui indiquent seulement ce que cette connexion peut faire, c’est le premier triplet), taille en octets, date de modification (heure locale, AAAA-MM-JJ HH:MM), nom, et &apos; -&gt; CIBLE&apos; pour les liens symboliques. Les entrées &apos;.&apos; et &apos;..&apos; sont omises.</translation>
    </message>
    <message>
        <source>Download a file.</source>
        <translation>Télécharger un fichier.</translation>
    </message>
    <message>
        <source>Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in the current directory; if LOCAL is a directory, the file goes into it under its remote name; &apos;-&apos; writes the file to standard output. The data goes to a temporary file .NAME.ferry-part beside the target, which is renamed to NAME (replacing an existing file) only once the whole file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.</source>
        <translation>Télécharge le fichier que désigne l’URL vers LOCAL. Sans LOCAL, le fichier garde son nom distant dans le dossier courant ; si LOCAL est un dossier, le fichier y est placé sous son nom distant ; &apos;-&apos; écrit le fichier sur la sortie standard. Les données vont dans un fichier temporaire .NAME.ferry-part à côté de la cible, renommé en NAME (en remplaçant un fichier existant) seulement quand tout le fichier est arrivé. En cas d’échec ou de Ctrl-C, le fichier temporaire est supprimé, sauf si -c est indiqué.</translation>
    </message>
    <message>
        <source>Upload a file.</source>
        <translation>Téléverser un fichier.</translation>
    </message>
    <message>
        <source>Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL ends with &apos;/&apos;, the file goes into that directory under its local name.</source>
        <translation>Téléverse le fichier local LOCAL vers l’URL, en remplaçant un fichier distant du même nom. Si l’URL se termine par &apos;/&apos;, le fichier va dans ce dossier sous son nom local.</translation>
    </message>
    <message>
        <source>Create a remote directory.</source>
        <translation>Créer un dossier distant.</translation>
    </message>
    <message>
        <source>Creates the directory the URL names. Its parent directory must exist.</source>
        <translation>Crée le dossier que désigne l’URL. Son dossier parent doit exister.</translation>
    </message>
    <message>
        <source>Delete a remote file.</source>
        <translation>Supprimer un fichier distant.</translation>
    </message>
    <message>
        <source>Deletes the file the URL names. Directories are deleted with rmdir.</source>
        <translation>Supprime le fichier que désigne l’URL. Les dossiers se suppriment avec rmdir.</translation>
    </message>
    <message>
        <source>Delete an empty remote directory.</source>
        <translation>Supprimer un dossier distant vide.</translation>
    </message>
    <message>
        <source>Deletes the directory the URL names. Servers delete only empty directories.</source>
        <translation>Supprime le dossier que désigne l’URL. Les serveurs ne suppriment que les dossiers vides.</translation>
    </message>
    <message>
        <source>Rename or move a remote file or directory.</source>
        <translation>Renommer ou déplacer un fichier ou dossier distant.</translation>
    </message>
    <message>
        <source>Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the directory that holds the entry, unless it starts with &apos;/&apos; (an absolute path on the server) or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.</source>
        <translation>Renomme le fichier ou le dossier que désigne l’URL en NEWNAME. NEWNAME est relatif au dossier qui contient l’entrée, sauf s’il commence par &apos;/&apos; (un chemin absolu sur le serveur) ou s’il est une URL ftp:// sur le même serveur ; il n’est décodé (pourcentage) que s’il est une URL.</translation>
    </message>
    <message>
        <source>Share a local folder over FTP until Ctrl-C.</source>
        <translation>Partager un dossier local en FTP jusqu’à Ctrl-C.</translation>
    </message>
    <message>
        <source>Runs Ferry&apos;s FTP server on a local folder (see ferry serve --help).</source>
        <translation>Lance le serveur FTP de Ferry sur un dossier local (voir ferry serve --help).</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie :</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the operation failed: the server refused it (no such file, permission denied, ...)</source>
        <translation>l’opération a échoué : le serveur l’a refusée (fichier introuvable, permission refusée, ...)</translation>
    </message>
    <message>
        <source>usage error: bad command line or URL</source>
        <translation>erreur d’utilisation : ligne de commande ou URL incorrecte</translation>
    </message>
    <message>
        <source>connection or login failure: host not found, connection refused or lost, timeout, wrong password</source>
        <translation>échec de connexion ou d’authentification : hôte introuvable, connexion refusée ou perdue, délai dépassé, mot de passe incorrect</translation>
    </message>
    <message>
        <source>local I/O error: a local file could not be read, written or renamed</source>
        <translation>erreur d’E/S locale : un fichier local n’a pas pu être lu, écrit ou renommé</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C or SIGTERM)</source>
        <translation>interrompu (Ctrl-C ou SIGTERM)</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>The password for a named user (--user or the URL&apos;s) when neither --password nor the URL gives one.</source>
        <translation>Le mot de passe d’un utilisateur nommé (--user ou celui de l’URL) quand ni --password ni l’URL n’en donnent un.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>A URL in place of a command takes no further arguments; to run a command on it, write e.g. &apos;ferry ls %1&apos;.</source>
        <translation>Une URL à la place d’une commande n’accepte pas d’autres arguments ; pour lancer une commande dessus, écrivez par ex. &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>This build of ferry has no graphical interface to open %1 in; use a command such as &apos;ferry ls %1&apos;.</source>
        <translation>Cette version de ferry n’a pas d’interface graphique pour ouvrir %1 ; utilisez une commande comme &apos;ferry ls %1&apos;.</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry help [COMMAND]).</source>
        <translation>Trop d’arguments (usage : ferry help [COMMANDE]).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Argument manquant (usage : %1).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: %1).</source>
        <translation>Trop d’arguments (usage : %1).</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Choisissez --active ou --passive, pas les deux.</translation>
    </message>
    <message>
        <source>Usage: ferry COMMAND [OPTIONS] ARGUMENTS</source>
        <translation>Usage : ferry COMMANDE [OPTIONS] ARGUMENTS</translation>
    </message>
    <message>
        <source>       ferry                  open the main window</source>
        <translation>       ferry                  ouvre la fenêtre principale</translation>
    </message>
    <message>
        <source>Ferry transfers files to and from FTP servers, from desktops to small boards. Data goes to standard output, messages to standard error.</source>
        <translation>Ferry transfère des fichiers depuis et vers des serveurs FTP, des ordinateurs de bureau aux petites cartes. Les données vont sur la sortie standard, les messages sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Show help on a command (or: ferry COMMAND --help).</source>
        <translation>Afficher l’aide d’une commande (ou : ferry COMMANDE --help).</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Autres options :</translation>
    </message>
    <message>
        <source>Usage: ferry %1 [OPTIONS] %2</source>
        <translation>Usage : ferry %1 [OPTIONS] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>ferry: this build has no graphical interface.</source>
        <translation>ferry : cette version n’a pas d’interface graphique.</translation>
    </message>
    <message>
        <source>Try &apos;ferry --help&apos; for more information.</source>
        <translation>Essayez &apos;ferry --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <source>Try &apos;ferry %1 --help&apos; for more information.</source>
        <translation>Essayez &apos;ferry %1 --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <source>Try &apos;ferry serve --help&apos; for more information.</source>
        <translation>Essayez &apos;ferry serve --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <source>Mirror a folder to or from a server.</source>
        <translation>Synchroniser un dossier vers ou depuis un serveur.</translation>
    </message>
    <message>
        <source>Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL (see ferry mirror --help).</source>
        <translation>Fait de DEST une copie de SRC, l’un étant un dossier local, l’autre une URL ftp:// (voir ferry mirror --help).</translation>
    </message>
    <message>
        <source>Try &apos;ferry mirror --help&apos; for more information.</source>
        <translation>Essayez &apos;ferry mirror --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <source>ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. The port defaults to 21; without a user, ferry logs in as anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). PATH is relative to the login directory; ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute path /etc/motd. A trailing &apos;/&apos; names a directory. ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); ftp:// encrypts with TLS when the server offers it and says so with -v.</source>
        <translation>ftp://[UTILISATEUR[:MOTDEPASSE]@]HÔTE[:PORT]/CHEMIN, par ex. ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. Le port par défaut est 21 ; sans utilisateur, ferry se connecte en anonymous. Les noms peuvent être encodés en pourcentage (a%20b.txt, %C3%A9). CHEMIN est relatif au dossier de connexion ; ftp://host/%2Fetc/motd ou ftp://host//etc/motd est le chemin absolu /etc/motd. Un &apos;/&apos; final désigne un dossier. ftpes:// exige TLS (AUTH TLS), ftps:// est du TLS implicite (port 990) ; ftp:// chiffre avec TLS quand le serveur le propose et l’indique avec -v.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::CommandRunner</name>
    <message>
        <source>The URL %1 names no directory.</source>
        <translation>L’URL %1 ne désigne aucun dossier.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory, not a file; use rmdir for directories.</source>
        <translation>L’URL %1 désigne un dossier, pas un fichier ; utilisez rmdir pour les dossiers.</translation>
    </message>
    <message>
        <source>The URL %1 names nothing to rename.</source>
        <translation>L’URL %1 ne désigne rien à renommer.</translation>
    </message>
    <message>
        <source>Not a command that talks to a server.</source>
        <translation>Ce n’est pas une commande qui dialogue avec un serveur.</translation>
    </message>
    <message>
        <source>The URL %1 names a directory; get downloads one file.</source>
        <translation>L’URL %1 désigne un dossier ; get télécharge un seul fichier.</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>Uploading from standard input is not supported; name a file.</source>
        <translation>Le téléversement depuis l’entrée standard n’est pas pris en charge ; indiquez un fichier.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 is a directory; put uploads one file.</source>
        <translation>%1 est un dossier ; put téléverse un seul fichier.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Le nouveau nom est vide.</translation>
    </message>
    <message>
        <source>%1 is on another server; mv renames on one server only.</source>
        <translation>%1 est sur un autre serveur ; mv ne renomme que sur un même serveur.</translation>
    </message>
    <message>
        <source>The URL %1 names no new name.</source>
        <translation>L’URL %1 ne contient pas de nouveau nom.</translation>
    </message>
    <message>
        <source>%1: no such file or directory.</source>
        <translation>%1 : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>Could not read this listing line: %1</source>
        <translation>Impossible de lire cette ligne de liste : %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d’écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>Resuming %1 at byte %2.</source>
        <translation>Reprise de %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume it.</source>
        <translation>Le téléchargement partiel est conservé dans %1 ; relancez la même commande pour le reprendre.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 a échoué.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>Downloaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 octets téléchargés vers %2 en %3 s (%4).</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes to %2 in %3 s (%4).</source>
        <translation>%1 octets téléversés vers %2 en %3 s (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be read.</source>
        <translation>
            <numerusform>%n ligne de plus du listing n’a pas pu être lue.</numerusform>
            <numerusform>%n lignes de plus du listing n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::Console</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
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
        <translation>Argument manquant (usage : ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>Too many arguments (usage: ferry mirror SRC DEST).</source>
        <translation>Trop d’arguments (usage : ferry mirror SRC DEST).</translation>
    </message>
    <message>
        <source>One of SRC and DEST must be an ftp:// URL and the other a local folder.</source>
        <translation>L’un de SRC et DEST doit être une URL ftp:// et l’autre un dossier local.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32.</source>
        <translation>--parallel attend un nombre de 1 à 32.</translation>
    </message>
    <message>
        <source>Choose --active or --passive, not both.</source>
        <translation>Choisissez --active ou --passive, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9</source>
        <translation>%1/%2%3 fichiers, %4 ignorés, %5 en échec, %6 sur %7, %8/s, reste %9</translation>
    </message>
    <message>
        <source>transferred %1
</source>
        <translation>transféré %1
</translation>
    </message>
    <message>
        <source>skipped %1
</source>
        <translation>ignoré %1
</translation>
    </message>
    <message>
        <source>ferry: interrupted
</source>
        <translation>ferry : interrompu
</translation>
    </message>
    <message>
        <source>Failed:
</source>
        <translation>Échecs :
</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>suppression impossible</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>supprimé %1
</translation>
    </message>
    <message>
        <source>ferry: cannot delete %1: %2
</source>
        <translation>ferry : impossible de supprimer %1 : %2
</translation>
    </message>
    <message>
        <source>Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)
</source>
        <translation>Synchronisation (%1) : %2 transférés, %3 ignorés, %4 en échec, %5 supprimés, %6 en %7 s (%8)
</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.</source>
        <translation>--watch téléverse un dossier local : à utiliser avec une SRC locale, sans --dry-run ni --compare.</translation>
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
        <translation>Usage : ferry mirror [OPTIONS] SRC DEST

Fait de DEST une copie de SRC. L’un est l’URL ftp:// d’un dossier, l’autre
un dossier local : un SRC local est téléversé, un SRC distant est téléchargé.
Le contenu de SRC va dans DEST, qui est créé s’il n’existe pas. Un fichier
déjà présent dans DEST est remplacé si sa taille diffère ou si la source est
plus récente, et ignoré sinon. Les échecs passagers sont retentés, en
reprenant là où le transfert s’est arrêté si le serveur le permet ; les
téléversements sont vérifiés. Les téléchargements conservent les dates
distantes.

Options :
      --parallel N      Jusqu’à N connexions simultanées (par défaut : 3, une
                        pour les serveurs embarqués).
      --newer-only      Ne transférer que les fichiers absents de DEST ou plus
                        récents dans SRC.
      --dry-run         Afficher sur la sortie standard ce qui serait
                        transféré (et, avec --delete, supprimé), une ligne par
                        action avec la raison ; ne rien modifier.
      --include GLOB    Seulement les fichiers dont le chemin relatif, le nom
                        ou un dossier parent correspond à GLOB (*, ?, [...] ;
                        &apos;*&apos; s’arrête à &apos;/&apos; ; répétable).
      --exclude GLOB    Exclure les fichiers dont le chemin relatif, le nom ou
                        un dossier parent correspond à GLOB (répétable).
      --delete          Après un transfert sans échec, supprimer les fichiers
                        et dossiers de DEST absents de SRC. Les fichiers
                        exclus par --include/--exclude sont conservés.
      --compare         Afficher ce qui diffère entre SRC et DEST, une ligne
                        par chemin avec la raison (-v : aussi les identiques) ;
                        ne rien modifier. Code de sortie 0 si rien ne diffère,
                        1 sinon.
      --checksum        Comparer les fichiers de même taille par la somme de
                        contrôle du serveur (HASH, XSHA256, XSHA1, XMD5 ou
                        XCRC) plutôt que par la date.
      --watch           Après la copie miroir, continuer à téléverser ce qui
                        change dans SRC (un dossier local), une ligne par
                        téléversement ; avec --delete, supprimer aussi ce qui
                        est supprimé ; ce que --exclude désigne n&apos;est pas
                        surveillé. Ctrl+C arrête.
      --user NAME       Se connecter en tant que NAME (au lieu de
                        l’utilisateur de l’URL).
      --password PASSWORD
                        Se connecter avec PASSWORD (ou définir
                        FERRY_PASSWORD).
      --active          Mode actif : le serveur se connecte à ferry pour les
                        données.
      --passive         Mode passif (par défaut, avec repli sur le mode actif).
  -v, --verbose         Une ligne par fichier transféré, ignoré ou supprimé,
                        et par nouvelle tentative ou échec.
  -h, --help            Afficher cette aide.
      --tls MODE        auto, require, implicit ou off (remplace le schéma de
                        l’URL : ftp://, ftpes://, ftps://).
      --fingerprint SHA256
                        Faire confiance au certificat du serveur de ce SHA-256.
      --cacert FILE     Faire confiance à l’AC ou au certificat du serveur de FILE.

Dans un terminal, la sortie d’erreur standard affiche une ligne par transfert
en cours et un total. Un résumé suit à la fin : fichiers transférés, ignorés,
en échec, supprimés, octets et durée.

Code de sortie : 0 tout a été synchronisé, 1 des fichiers ont échoué (listés
sur la sortie d’erreur standard) ou le serveur a refusé, 2 erreur d’usage,
3 échec de connexion ou d’identification, 4 erreur d’E/S locale,
130 interrompu (Ctrl-C).
</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server.</source>
        <translation>Impossible d’ouvrir le dossier %1 sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::MirrorSync</name>
    <message>
        <source>The server&apos;s clock is %1 s ahead (learned from an earlier upload).
</source>
        <translation>L&apos;horloge du serveur avance de %1 s (appris lors d&apos;un téléversement précédent).
</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n path(s): </source>
        <translation>
            <numerusform>%n chemin comparé : </numerusform>
            <numerusform>%n chemins comparés : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s).
</source>
        <translation>
            <numerusform>%n diffère.
</numerusform>
            <numerusform>%n diffèrent.
</numerusform>
        </translation>
    </message>
    <message>
        <source>would transfer %1 (%2)
</source>
        <translation>transférerait %1 (%2)
</translation>
    </message>
    <message>
        <source>would create %1/ (%2)
</source>
        <translation>créerait %1/ (%2)
</translation>
    </message>
    <message>
        <source>would delete %1%2 (%3)
</source>
        <translation>supprimerait %1%2 (%3)
</translation>
    </message>
    <message>
        <source>would leave %1 (%2)
</source>
        <translation>laisserait %1 (%2)
</translation>
    </message>
    <message>
        <source>Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.
</source>
        <translation>Simulation : %1 à transférer (%2), %3 à supprimer, %4 inchangés ; rien n&apos;a été modifié.
</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)...
</source>
        <translation>Surveillance de %1 (Ctrl+C pour arrêter)...
</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)
</source>
        <translation>téléversé %1 (%2)
</translation>
    </message>
    <message>
        <source>deleted %1
</source>
        <translation>supprimé %1
</translation>
    </message>
    <message>
        <source>created %1/
</source>
        <translation>créé %1/
</translation>
    </message>
    <message>
        <source>failed %1: %2
</source>
        <translation>échec %1 : %2
</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.
</source>
        <translation>L&apos;horloge du serveur avance de %1 s sur celle de cet ordinateur.
</translation>
    </message>
    <message>
        <source>Stopped watching: %1 uploaded, %2 deleted, %3 failed.
</source>
        <translation>Surveillance arrêtée : %1 téléversés, %2 supprimés, %3 en échec.
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::ServeCommand</name>
    <message>
        <source>Too many arguments (usage: ferry serve [DIR] [OPTIONS]).</source>
        <translation>Trop d’arguments (usage : ferry serve [DIR] [OPTIONS]).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--port attend un nombre de 0 à 65535 (0 : n’importe quel port libre), pas « %1 ».</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 or IPv6 address, not &quot;%1&quot;.</source>
        <translation>--bind attend une adresse IPv4 ou IPv6, pas « %1 ».</translation>
    </message>
    <message>
        <source>--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not &quot;%1&quot;.</source>
        <translation>--user attend NAME:PASSWORD[:rw|ro], par ex. --user alice:secret:rw, pas « %1 ».</translation>
    </message>
    <message>
        <source>--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.</source>
        <translation>--passive-ports attend une plage A-B de ports entre 1024 et 65535, par ex. 50000-50999.</translation>
    </message>
    <message>
        <source>--max-sessions takes a number of at least 1.</source>
        <translation>--max-sessions attend un nombre au moins égal à 1.</translation>
    </message>
    <message>
        <source>--max-per-address takes a number of at least 1.</source>
        <translation>--max-per-address attend un nombre au moins égal à 1.</translation>
    </message>
    <message>
        <source>ferry: could not create the folder %1 to share; name a folder: ferry serve DIR
</source>
        <translation>ferry : impossible de créer le dossier à partager %1 ; indiquez un dossier : ferry serve DIR
</translation>
    </message>
    <message>
        <source>ferry: %1 is not a folder.
</source>
        <translation>ferry : %1 n’est pas un dossier.
</translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (lecture-écriture)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonyme (lecture-écriture)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonyme (lecture seule)</translation>
    </message>
    <message>
        <source>ferry: could not start the server: %1
</source>
        <translation>ferry : impossible de démarrer le serveur : %1
</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.
</source>
        <translation>Appuyez sur Ctrl-C pour arrêter.
</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Arrêt.</translation>
    </message>
    <message>
        <source>--ban-after takes a number of failed logins (0: never ban).</source>
        <translation>--ban-after attend un nombre d’échecs de connexion (0 : ne jamais bannir).</translation>
    </message>
    <message>
        <source>--ban-minutes takes a number of at least 1.</source>
        <translation>--ban-minutes attend un nombre au moins égal à 1.</translation>
    </message>
    <message>
        <source>ferry: cannot use the certificate: %1
</source>
        <translation>ferry : impossible d’utiliser le certificat : %1
</translation>
    </message>
    <message>
        <source>ferry: %1
</source>
        <translation>ferry : %1
</translation>
    </message>
    <message>
        <source>ferry: serving without FTPS: %1
</source>
        <translation>ferry : service sans FTPS : %1
</translation>
    </message>
    <message>
        <source>FTPS: off.
</source>
        <translation>FTPS : désactivé.
</translation>
    </message>
    <message>
        <source>FTPS: required (AUTH TLS on port %1</source>
        <translation>FTPS : requis (AUTH TLS sur le port %1</translation>
    </message>
    <message>
        <source>FTPS: optional (AUTH TLS on port %1</source>
        <translation>FTPS : facultatif (AUTH TLS sur le port %1</translation>
    </message>
    <message>
        <source>, implicit TLS on port %1</source>
        <translation>, TLS implicite sur le port %1</translation>
    </message>
    <message>
        <source>; data connections must resume the TLS session).
</source>
        <translation>; les connexions de données doivent reprendre la session TLS).
</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1
</source>
        <translation>Empreinte SHA-256 du certificat : %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed, made now): %1
</source>
        <translation>Certificat (auto-signé, créé maintenant) : %1
</translation>
    </message>
    <message>
        <source>Certificate (self-signed): %1
</source>
        <translation>Certificat (auto-signé) : %1
</translation>
    </message>
    <message>
        <source>--tls takes off, optional or required, not &quot;%1&quot;.</source>
        <translation>--tls prend off, optional ou required, pas « %1 ».</translation>
    </message>
    <message>
        <source>--cert and --key go together: the certificate (PEM) and its private key.</source>
        <translation>--cert et --key vont ensemble : le certificat (PEM) et sa clé privée.</translation>
    </message>
    <message>
        <source>--implicit-port takes a number from 0 to 65535 (0: any free port), not &quot;%1&quot;.</source>
        <translation>--implicit-port prend un nombre de 0 à 65535 (0 : n’importe quel port libre), pas « %1 ».</translation>
    </message>
    <message>
        <source>--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.</source>
        <translation>--tls off ne peut pas aller avec --cert, --implicit-port ou --tls-require-reuse.</translation>
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
        <translation>Usage : ferry serve [DIR] [OPTIONS]

Partage le dossier DIR en FTP (IPv4 et IPv6) jusqu’à Ctrl-C. Affiche les URL à saisir de
l’autre côté, puis une ligne par session, connexion, transfert et opération sur fichier. Sans
DIR, partage votre dossier Public ; sans --user, tout le monde peut se connecter en anonymous,
en lecture seule. Les mots de passe n’apparaissent jamais dans le journal.

Options :
      --port N          Écouter sur le port N (2121 par défaut ; 0 : n’importe quel port libre).
      --bind ADDR       N’écouter que sur ADDR (répétable ; par défaut : toutes les adresses
                        IPv4 et IPv6 de cette machine).
      --user NAME:PASSWORD[:rw|ro]
                        Autoriser NAME à se connecter avec PASSWORD, en lecture-écriture
                        (rw, par défaut) ou en lecture seule (ro). Répétable.
      --anonymous       Autoriser aussi les connexions anonymes (par défaut sans --user).
      --writable        Permettre aux anonymes de téléverser, renommer et supprimer.
      --passive-ports A-B
                        Choisir les ports de données passifs dans A-B (pour les pare-feu ;
                        50000-50999 par défaut).
      --max-sessions N  Servir au plus N sessions à la fois (32 par défaut).
      --max-per-address N
                        Au plus N sessions depuis une même adresse client (8 par défaut).
      --ban-after N     Refuser une adresse pendant --ban-minutes après N échecs de connexion
                        en 10 minutes, sur toutes ses connexions (par défaut 10 ; 0 : jamais).
                        Chaque échec retarde aussi davantage la réponse suivante à cette
                        adresse.
      --ban-minutes M   Durée du refus d’une telle adresse (par défaut 15).
      --tls off|optional|required
                        FTPS (RFC 4217). optional (par défaut) : les clients peuvent
                        utiliser TLS (AUTH TLS), le texte clair reste possible (cartes) ;
                        required : connexions et données uniquement via TLS ; off : en clair.
      --cert FILE --key FILE
                        Le certificat (PEM, sa chaîne à la suite) et sa clé privée.
                        Par défaut : un certificat auto-signé créé à la première
                        utilisation et conservé dans le dossier de données de Ferry (son
                        empreinte est affichée au démarrage).
      --implicit-port N Écouter aussi en FTPS implicite (TLS dès la connexion, ftps://)
                        sur le port N (0 : n’importe quel port libre).
      --tls-require-reuse
                        Refuser les connexions de données TLS qui ne reprennent pas la
                        session TLS de la connexion de contrôle (522), comme vsftpd.
  -v, --verbose         Journaliser aussi chaque commande et chaque réponse.
  -h, --help            Afficher cette aide.

Les petites cartes (clients FTP NetX Duo) sont servies comme elles l’attendent. Code de sortie :
0 après Ctrl-C, 2 erreur d’utilisation, 3 le port n’a pas pu être ouvert, 4 le dossier est absent.
</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.
</source>
        <translation>Partage de %1 sur le port %2 pour %3.
</translation>
    </message>
    <message>
        <source>Connect with:
</source>
        <translation>Connectez-vous avec :
</translation>
    </message>
</context>
<context>
    <name>Ferry::Cli::TlsOptions</name>
    <message>
        <source>Encryption: auto (TLS if the server offers it; the default for ftp://), require (explicit TLS; ftpes://), implicit (TLS from the first byte; ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Chiffrement : auto (TLS si le serveur le propose ; par défaut pour ftp://), require (TLS explicite ; ftpes://), implicit (TLS dès le premier octet ; ftps://, port 990) ou off. Remplace le schéma de l’URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, colons optional), even if it is self-signed or its name does not match.</source>
        <translation>Faire confiance au certificat du serveur dont l’empreinte SHA-256 est SHA256 (hexadécimal, deux-points facultatifs), même s’il est auto-signé ou si son nom ne correspond pas.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): a CA that signed the server&apos;s certificate, or the server&apos;s own certificate.</source>
        <translation>Faire confiance aux certificats de FILE (PEM ou DER) : une AC qui a signé le certificat du serveur, ou le certificat du serveur lui-même.</translation>
    </message>
    <message>
        <source>Encryption: auto (TLS if the server offers it, the default for ftp://), require (ftpes://), implicit (ftps://, port 990) or off. Overrides the URL&apos;s scheme.</source>
        <translation>Chiffrement : auto (TLS si le serveur le propose, par défaut pour ftp://), require (ftpes://), implicit (ftps://, port 990) ou off. Remplace le schéma de l’URL.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (hex, colons optional), even if it is self-signed.</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 (hexadécimal, deux-points facultatifs), même s’il est auto-signé.</translation>
    </message>
    <message>
        <source>Trust the certificates in FILE (PEM or DER): the server&apos;s own or the CA that signed it.</source>
        <translation>Faire confiance aux certificats de FILE (PEM ou DER) : celui du serveur ou l’AC qui l’a signé.</translation>
    </message>
    <message>
        <source>--tls takes auto, require, implicit or off, not &quot;%1&quot;.</source>
        <translation>--tls prend auto, require, implicit ou off, pas « %1 ».</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons optional (not &quot;%1&quot;).</source>
        <translation>--fingerprint prend une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points facultatifs (pas « %1 »).</translation>
    </message>
    <message>
        <source>If that is the server&apos;s certificate, run again with --fingerprint %1 (or --cacert FILE with the certificate or its CA).</source>
        <translation>Si c’est le certificat du serveur, relancez avec --fingerprint %1 (ou --cacert FILE avec le certificat ou son AC).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 fingerprint is now %3, it was %4. Someone may be intercepting the connection; refused. If the server&apos;s certificate really was replaced, check the new fingerprint with its administrator and run again with --fingerprint %3.</source>
        <translation>Le certificat de %1:%2 a CHANGÉ depuis que vous lui avez fait confiance : son empreinte SHA-256 est maintenant %3, c’était %4. Quelqu’un intercepte peut-être la connexion ; refusé. Si le certificat du serveur a vraiment été remplacé, vérifiez la nouvelle empreinte avec son administrateur et relancez avec --fingerprint %3.</translation>
    </message>
    <message>
        <source>Not encrypted (clear text).</source>
        <translation>Non chiffré (texte clair).</translation>
    </message>
    <message>
        <source>certificate trusted by the system</source>
        <translation>certificat reconnu par le système</translation>
    </message>
    <message>
        <source>certificate pinned by fingerprint</source>
        <translation>certificat épinglé par son empreinte</translation>
    </message>
    <message>
        <source>certificate trusted before for this server</source>
        <translation>certificat déjà reconnu pour ce serveur</translation>
    </message>
    <message>
        <source>certificate accepted for this connection</source>
        <translation>certificat accepté pour cette connexion</translation>
    </message>
    <message>
        <source>Encrypted: %1; %2.</source>
        <translation>Chiffré : %1 ; %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientSocketFactory</name>
    <message>
        <source>this build of Qt has no TLS support (%1)</source>
        <translation>cette version de Qt ne prend pas en charge TLS (%1)</translation>
    </message>
    <message>
        <source>TLS on the data connection through Qt: %1</source>
        <translation>TLS sur la connexion de données via Qt : %1</translation>
    </message>
    <message>
        <source>the control connection has no certificate to compare with</source>
        <translation>la connexion de contrôle n’a aucun certificat auquel comparer</translation>
    </message>
    <message>
        <source>the connection is not ready for it</source>
        <translation>la connexion n&apos;est pas prête pour cela</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsContext</name>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Impossible de configurer TLS : %1</translation>
    </message>
    <message>
        <source>the control connection has no TLS session to resume yet</source>
        <translation>la connexion de contrôle n’a pas encore de session TLS à reprendre</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be read: %1</source>
        <translation>la session TLS de la connexion de contrôle ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be resumed</source>
        <translation>la session TLS de la connexion de contrôle ne peut pas être reprise</translation>
    </message>
    <message>
        <source>the control connection&apos;s TLS session cannot be offered: %1</source>
        <translation>la session TLS de la connexion de contrôle ne peut pas être proposée : %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Impossible de démarrer TLS : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ClientTlsStream</name>
    <message>
        <source>the server presented no certificate on the data connection</source>
        <translation>le serveur n’a présenté aucun certificat sur la connexion de données</translation>
    </message>
    <message>
        <source>the data connection&apos;s certificate (%1, SHA-256 %2) is not the one accepted for the control connection</source>
        <translation>le certificat de la connexion de données (%1, SHA-256 %2) n’est pas celui accepté pour la connexion de contrôle</translation>
    </message>
</context>
<context>
    <name>Ferry::CommandOperation</name>
    <message>
        <source>Could not read the current folder</source>
        <translation>Impossible de lire le dossier courant</translation>
    </message>
    <message>
        <source>Could not change to folder %1</source>
        <translation>Impossible d’aller dans le dossier %1</translation>
    </message>
    <message>
        <source>Could not create folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Could not remove folder %1</source>
        <translation>Impossible de supprimer le dossier %1</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Could not get the size of %1</source>
        <translation>Impossible d’obtenir la taille de %1</translation>
    </message>
    <message>
        <source>Could not get the modification time of %1</source>
        <translation>Impossible d’obtenir la date de modification de %1</translation>
    </message>
    <message>
        <source>The server did not accept NOOP</source>
        <translation>Le serveur n’a pas accepté NOOP</translation>
    </message>
    <message>
        <source>The server did not accept QUIT</source>
        <translation>Le serveur n’a pas accepté QUIT</translation>
    </message>
    <message>
        <source>The server refused &quot;%1&quot;</source>
        <translation>Le serveur a refusé « %1 »</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1: the server does not support %2.</source>
        <translation>%1 : le serveur ne prend pas en charge %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single command line.</source>
        <translation>« %1 » n’est pas une ligne de commande unique.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to PWD has no folder in it: %1</source>
        <translation>La réponse du serveur à PWD ne contient aucun dossier : %1</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1 : réponse inattendue %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonDelegate</name>
    <message>
        <source>Newer here than on the server</source>
        <translation>Plus récent ici que sur le serveur</translation>
    </message>
    <message>
        <source>Older on the server than here</source>
        <translation>Plus ancien sur le serveur qu&apos;ici</translation>
    </message>
    <message>
        <source>Older here than on the server</source>
        <translation>Plus ancien ici que sur le serveur</translation>
    </message>
    <message>
        <source>Newer on the server than here</source>
        <translation>Plus récent sur le serveur qu&apos;ici</translation>
    </message>
</context>
<context>
    <name>Ferry::ComparisonLegend</name>
    <message>
        <source>one side only</source>
        <translation>d&apos;un seul côté</translation>
    </message>
    <message>
        <source>newer (older: grey)</source>
        <translation>plus récent (plus ancien : gris)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>file/folder</source>
        <translation>fichier/dossier</translation>
    </message>
    <message>
        <source>Directory comparison: the marks show how each entry differs from the other pane&apos;s folder; point at an entry for the sizes and times.</source>
        <translation>Comparaison de dossiers : les marques montrent en quoi chaque entrée diffère du dossier de l&apos;autre panneau ; survolez une entrée pour voir tailles et dates.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionListener</name>
    <message>
        <source>the connection could not be set up</source>
        <translation>la connexion n’a pas pu être mise en place</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionPool</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSecurity</name>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>data encrypted</source>
        <translation>données chiffrées</translation>
    </message>
    <message>
        <source>data not encrypted</source>
        <translation>données non chiffrées</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectionSession</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Authentification sur %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Saisissez un nom d’hôte ou une URL ftp://.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Mot de passe pour %1 sur %2 :</translation>
    </message>
    <message>
        <source>%1
Password for %2 on %3:</source>
        <translation>%1
Mot de passe pour %2 sur %3 :</translation>
    </message>
    <message>
        <source>The keychain has no password for this site (%1).</source>
        <translation>Le trousseau n’a pas de mot de passe pour ce site (%1).</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>Waiting for a free session on %1…</source>
        <translation>En attente d’une session libre sur %1…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free session: %1 serves %n session(s) at once and all of them are in use (%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another tab on this server frees one.</source>
        <translation>
            <numerusform>En attente d’une session libre : %1 sert %n session à la fois et elle est occupée (%2 par des onglets, %3 par des transferts). Cet onglet se connecte dès qu’une se libère ; fermer un autre onglet sur ce serveur en libère une.</numerusform>
            <numerusform>En attente d’une session libre : %1 sert %n sessions à la fois et toutes sont occupées (%2 par des onglets, %3 par des transferts). Cet onglet se connecte dès qu’une se libère ; fermer un autre onglet sur ce serveur en libère une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back (Ferry does not keep passwords).</source>
        <translation>Non connecté. Lors de la dernière exécution de Ferry, cet onglet était connecté à %1. Cliquez sur Connecter pour y revenir (Ferry ne conserve pas les mots de passe).</translation>
    </message>
    <message>
        <source>Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect to go back there (Ferry does not keep passwords).</source>
        <translation>Non connecté. Lors de la dernière exécution de Ferry, cet onglet affichait le dossier « %1 » de %2. Cliquez sur Connecter pour y revenir (Ferry ne conserve pas les mots de passe).</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 for the next time.</source>
        <translation>Le certificat de %1 n’est reconnu que pour cette connexion : Ferry n’a pas pu le conserver dans %2 pour la prochaine fois.</translation>
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
        <translation>Fermer l’onglet ?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to or from %1 are queued or running. They run on connections of their own and can go on without this tab.</source>
        <translation>
            <numerusform>%n transfert vers ou depuis %1 est en attente ou en cours. Il utilise sa propre connexion et peut continuer sans cet onglet.</numerusform>
            <numerusform>%n transferts vers ou depuis %1 sont en attente ou en cours. Ils utilisent leurs propres connexions et peuvent continuer sans cet onglet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close, &amp;transfers go on</source>
        <translation>Fermer, les &amp;transferts continuent</translation>
    </message>
    <message>
        <source>Close and &amp;cancel them</source>
        <translation>Fermer et les &amp;annuler</translation>
    </message>
    <message>
        <source>&amp;Keep the tab</source>
        <translation>&amp;Garder l’onglet</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlChannel</name>
    <message>
        <source>The server at %1 sent something that is not an FTP reply (%2).</source>
        <translation>Le serveur %1 a envoyé quelque chose qui n’est pas une réponse FTP (%2).</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>L’hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is an FTP server running on that port?</source>
        <translation>Le serveur %1 a refusé la connexion : un serveur FTP tourne-t-il sur ce port ?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>Le serveur %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>Impossible de se connecter à %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A small board server may have all its sessions in use: close other connections to it and try again.</source>
        <translation>%1 a accepté la connexion mais n’a envoyé aucun message d’accueil en %2 secondes. Un petit serveur embarqué a peut-être toutes ses sessions occupées : fermez les autres connexions vers lui et réessayez.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 with TLS: %2</source>
        <translation>Impossible de se connecter à %1 avec TLS : %2</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 fingerprint is %4.</source>
        <translation>Le certificat de %1:%2 n’est pas reconnu (%3) et n’a pas été accepté. Son empreinte SHA-256 est %4.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A server that speaks clear text there wants ftp:// or ftpes://.</source>
        <translation>La négociation TLS avec %1 port %2 a échoué (%3) : est-ce un port FTPS implicite (ftps://) ? Un serveur qui y parle en clair veut ftp:// ou ftpes://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 seconds.</source>
        <translation>La négociation TLS avec %1 ne s’est pas terminée en %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlConnection</name>
    <message>
        <source>TLS is already active.</source>
        <translation>TLS est déjà actif.</translation>
    </message>
</context>
<context>
    <name>Ferry::ControlSocketStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
</context>
<context>
    <name>Ferry::DataChannel</name>
    <message>
        <source>Could not listen for a data connection on %1: %2</source>
        <translation>Impossible d’écouter une connexion de données sur %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>Impossible d’écrire les données téléchargées : %1</translation>
    </message>
    <message>
        <source>Could not read the file to upload: %1</source>
        <translation>Impossible de lire le fichier à téléverser : %1</translation>
    </message>
    <message>
        <source>The server did not open the data connection within %1 seconds.</source>
        <translation>Le serveur n’a pas ouvert la connexion de données en %1 secondes.</translation>
    </message>
    <message>
        <source>timed out after %1 seconds</source>
        <translation>délai dépassé après %1 secondes</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds: the transfer stalled.</source>
        <translation>Aucune donnée depuis %1 secondes : le transfert est bloqué.</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes of the upload: %2</source>
        <translation>La connexion de données a échoué après %1 octets du téléversement : %2</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2; the download is incomplete.</source>
        <translation>La connexion de données a échoué après %1 octets : %2 ; le téléchargement est incomplet.</translation>
    </message>
</context>
<context>
    <name>Ferry::DataConnectionSetup</name>
    <message>
        <source>Refused a data connection from %1 port %2: not the client&apos;s address</source>
        <translation>Connexion de données refusée depuis %1 port %2 : ce n’est pas l’adresse du client</translation>
    </message>
    <message>
        <source>Refused an active data connection to %1: not the client&apos;s address</source>
        <translation>Connexion de données active vers %1 refusée : ce n’est pas l’adresse du client</translation>
    </message>
    <message>
        <source>Refused an active data connection to port %1</source>
        <translation>Connexion de données active vers le port %1 refusée</translation>
    </message>
</context>
<context>
    <name>Ferry::DataOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No local file to transfer.</source>
        <translation>Aucun fichier local à transférer.</translation>
    </message>
    <message>
        <source>No way to open a data connection is left: the server refused every one.</source>
        <translation>Plus aucun moyen d’ouvrir une connexion de données : le serveur les a toutes refusées.</translation>
    </message>
    <message>
        <source>Could not open a data connection: %1</source>
        <translation>Impossible d’ouvrir une connexion de données : %1</translation>
    </message>
    <message>
        <source>%1; trying %2</source>
        <translation>%1 ; essai de %2</translation>
    </message>
    <message>
        <source>%1 cannot express the address %2</source>
        <translation>%1 ne peut pas exprimer l’adresse %2</translation>
    </message>
    <message>
        <source>The server refused binary mode</source>
        <translation>Le serveur a refusé le mode binaire</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>Could not understand the EPSV reply: %1</source>
        <translation>Réponse EPSV incompréhensible : %1</translation>
    </message>
    <message>
        <source>Could not understand the PASV reply: %1</source>
        <translation>Réponse PASV incompréhensible : %1</translation>
    </message>
    <message>
        <source>The server asked for a data connection to %1; using %2 instead</source>
        <translation>Le serveur a demandé une connexion de données vers %1 ; utilisation de %2 à la place</translation>
    </message>
    <message>
        <source>Could not connect to the server&apos;s data port (%1): %2</source>
        <translation>Impossible de se connecter au port de données du serveur (%1) : %2</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1: %2 (the transfer broke off after %3 bytes)</source>
        <translation>%1 : %2 (le transfert s’est interrompu après %3 octets)</translation>
    </message>
    <message>
        <source>The server has not answered the aborted transfer yet; synchronising again</source>
        <translation>Le serveur n’a pas encore répondu au transfert annulé ; nouvelle synchronisation</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryComparison</name>
    <message>
        <source>%1 only here</source>
        <translation>%1 seulement ici</translation>
    </message>
    <message>
        <source>%1 only there</source>
        <translation>%1 seulement là-bas</translation>
    </message>
    <message>
        <source>%1 newer here</source>
        <translation>%1 plus récents ici</translation>
    </message>
    <message>
        <source>%1 newer there</source>
        <translation>%1 plus récents là-bas</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 taille</translation>
    </message>
    <message>
        <source>%1 content</source>
        <translation>%1 contenu</translation>
    </message>
    <message>
        <source>%1 file/folder</source>
        <translation>%1 fichier/dossier</translation>
    </message>
    <message>
        <source>Both folders are the same</source>
        <translation>Les deux dossiers sont identiques</translation>
    </message>
</context>
<context>
    <name>Ferry::DirectoryNotifier</name>
    <message>
        <source>the system&apos;s limit of watched files may be reached</source>
        <translation>la limite de fichiers surveillés du système est peut-être atteinte</translation>
    </message>
    <message>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches)</source>
        <translation>la limite de dossiers surveillés du système est atteinte (fs.inotify.max_user_watches)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileCommands</name>
    <message>
        <source>DELE %1 failed: %2</source>
        <translation>Échec de DELE %1 : %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>MKD %1 failed: %2</source>
        <translation>Échec de MKD %1 : %2</translation>
    </message>
    <message>
        <source>Created folder %1</source>
        <translation>Dossier %1 créé</translation>
    </message>
    <message>
        <source>RMD %1 failed: %2</source>
        <translation>Échec de RMD %1 : %2</translation>
    </message>
    <message>
        <source>Removed folder %1</source>
        <translation>Dossier %1 supprimé</translation>
    </message>
    <message>
        <source>Rename %1 to %2 failed: %3</source>
        <translation>Échec du renommage de %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FileExistsDialog</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists on the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existe déjà sur le serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existe déjà.</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Fichier existant :</translation>
    </message>
    <message>
        <source>Your file:</source>
        <translation>Votre fichier :</translation>
    </message>
    <message>
        <source>Server&apos;s file:</source>
        <translation>Fichier du serveur :</translation>
    </message>
    <message>
        <source>The existing file is older.</source>
        <translation>Le fichier existant est plus ancien.</translation>
    </message>
    <message>
        <source>The existing file is newer.</source>
        <translation>Le fichier existant est plus récent.</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Remplacer le fichier existant</translation>
    </message>
    <message>
        <source>Continue the existing file: it is smaller, as if an earlier transfer stopped</source>
        <translation>Compléter le fichier existant : il est plus petit, comme si un transfert précédent s’était arrêté</translation>
    </message>
    <message>
        <source>Transfer under a free name such as &quot;name (1).ext&quot;</source>
        <translation>Transférer sous un nom libre comme « nom (1).ext »</translation>
    </message>
    <message>
        <source>Leave the existing file alone</source>
        <translation>Laisser le fichier existant tel quel</translation>
    </message>
    <message>
        <source>Do the same for &amp;all other files that exist</source>
        <translation>Faire de même pour &amp;tous les autres fichiers existants</translation>
    </message>
</context>
<context>
    <name>Ferry::FilePane</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Parent folder (Alt+Up, Backspace)</source>
        <translation>Dossier parent (Alt+Haut, Retour arrière)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>Show hidden files (Ctrl+H)</source>
        <translation>Afficher les fichiers cachés (Ctrl+H)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Location (Ctrl+L): type a folder and press Enter</source>
        <translation>Emplacement (Ctrl+L) : saisissez un dossier et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Show only names that contain this text; * and ? are wildcards</source>
        <translation>N’afficher que les noms contenant ce texte ; * et ? sont des jokers</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>Ferry::FileTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot resume %1: %2</source>
        <translation>Impossible de reprendre %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes.</source>
        <translation>Le téléchargement de %1 s’est arrêté après %2 octets sur %3.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No free name for %1 on the server.</source>
        <translation>Aucun nom libre pour %1 sur le serveur.</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not on the server after the upload.</source>
        <translation>Échec de la vérification : %1 n’est pas sur le serveur après le téléversement.</translation>
    </message>
    <message>
        <source>Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.</source>
        <translation>Échec de la vérification : le serveur a enregistré %1 octets sur %2 pour %3 alors qu’il a signalé un succès.</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server refused %2 (%3).</source>
        <translation>La somme de contrôle de %1 n’a pas été vérifiée : le serveur a refusé %2 (%3).</translation>
    </message>
    <message>
        <source>The checksum of %1 was not checked: the server answered %2 with &quot;%3&quot;.</source>
        <translation>La somme de contrôle de %1 n’a pas été vérifiée : le serveur a répondu à %2 par « %3 ».</translation>
    </message>
    <message>
        <source>Verification failed: the server&apos;s %1 of %2 is %3, the local file&apos;s is %4.</source>
        <translation>Échec de la vérification : le %1 de %2 côté serveur est %3, celui du fichier local est %4.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le téléversement partiel %1 : %2</translation>
    </message>
    <message>
        <source>The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT (IPv6).</source>
        <translation>L’envoi est passé par EPSV, et ce serveur perd ces envois : ses envois utilisent désormais PASV (IPv4) ou EPRT (IPv6).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaImport</name>
    <message>
        <source>A site without a host was left out (%1).</source>
        <translation>Un site sans hôte a été ignoré (%1).</translation>
    </message>
    <message>
        <source>%1 was left out: unknown protocol %2.</source>
        <translation>%1 a été ignoré : protocole %2 inconnu.</translation>
    </message>
    <message>
        <source>%1 was left out: Ferry speaks FTP and FTPS, not %2.</source>
        <translation>%1 a été ignoré : Ferry parle FTP et FTPS, pas %2.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>The saved password could not be decoded.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être décodé.</translation>
    </message>
    <message>
        <source>FileZilla keeps this password under its master password: type it in once.</source>
        <translation>FileZilla garde ce mot de passe sous son mot de passe principal : saisissez-le une fois.</translation>
    </message>
    <message>
        <source>The password is stored in a way Ferry cannot read (%1).</source>
        <translation>Le mot de passe est enregistré sous une forme que Ferry ne sait pas lire (%1).</translation>
    </message>
    <message>
        <source>FileZilla asked for this password each time.</source>
        <translation>FileZilla demandait ce mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>This site logged on with a key file.</source>
        <translation>Ce site se connectait avec un fichier de clé.</translation>
    </message>
    <message>
        <source>Folders nested too deeply.</source>
        <translation>Dossiers imbriqués trop profondément.</translation>
    </message>
    <message>
        <source>Unnamed folder</source>
        <translation>Dossier sans nom</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (it starts with &lt;%1&gt;).</source>
        <translation>Ce n&apos;est pas un fichier du gestionnaire de sites de FileZilla (il commence par &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The file cannot be read as XML (line %1: %2).</source>
        <translation>Le fichier ne peut pas être lu comme du XML (ligne %1 : %2).</translation>
    </message>
    <message>
        <source>This is not a FileZilla site manager file (no sites in it).</source>
        <translation>Ce n&apos;est pas un fichier du gestionnaire de sites de FileZilla (aucun site dedans).</translation>
    </message>
</context>
<context>
    <name>Ferry::FileZillaSiteImport</name>
    <message>
        <source>%1 is in the site manager already.</source>
        <translation>%1 est déjà dans le gestionnaire de sites.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passwords were not imported: Ferry asks for them when it connects.</source>
        <translation>Aucun trousseau système n&apos;est disponible, les mots de passe n&apos;ont donc pas été importés : Ferry les demandera à la connexion.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a FileZilla site manager file.</source>
        <translation>%1 est trop gros pour être un fichier du gestionnaire de sites de FileZilla.</translation>
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
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>Impossible de surveiller %1 : %2</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2. Changes in it may be missed.</source>
        <translation>Impossible de surveiller %1 : %2. Des modifications pourraient passer inaperçues.</translation>
    </message>
    <message>
        <source>The watched folder %1 is gone; watching stopped.</source>
        <translation>Le dossier surveillé %1 a disparu ; surveillance arrêtée.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpClient</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpLocation</name>
    <message>
        <source>Enter a host name or an ftp:// URL.</source>
        <translation>Saisissez un nom d’hôte ou une URL ftp://.</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpOperation</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break and cannot be sent to an FTP server.</source>
        <translation>Le nom « %1 » contient un saut de ligne et ne peut pas être envoyé à un serveur FTP.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServer</name>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>IPv6 is not available (%1): listening on IPv4 only.</source>
        <translation>IPv6 n’est pas disponible (%1) : écoute sur IPv4 uniquement.</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Aucune adresse sur laquelle écouter.</translation>
    </message>
    <message>
        <source>Could not find a port free on every address.</source>
        <translation>Impossible de trouver un port libre sur toutes les adresses.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>En écoute sur %1</translation>
    </message>
    <message>
        <source>Stopped listening</source>
        <translation>Écoute arrêtée</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Le serveur s’arrête.</translation>
    </message>
    <message>
        <source>Disconnected by the server&apos;s operator.</source>
        <translation>Déconnecté par l’opérateur du serveur.</translation>
    </message>
    <message>
        <source>Too many connections (%1): try again later.</source>
        <translation>Trop de connexions (%1) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1): try again later.</source>
        <translation>Trop de connexions depuis votre adresse (%1) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2</source>
        <translation>Connexion de %1 refusée : %2</translation>
    </message>
    <message>
        <source>Accepting connections again (%1 refused meanwhile)</source>
        <translation>Les connexions sont de nouveau acceptées (%1 refusées entre-temps)</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1. Trying again.</source>
        <translation>Impossible d’accepter de nouvelles connexions : %1. Nouvel essai à venir.</translation>
    </message>
    <message>
        <source>Cannot accept new connections: %1 (this process may have %2 files and connections open). New connections are refused until some close.</source>
        <translation>Impossible d’accepter de nouvelles connexions : %1 (ce processus peut avoir %2 fichiers et connexions ouverts). Les nouvelles connexions sont refusées jusqu’à ce que certaines se ferment.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>un nombre illimité de</translation>
    </message>
    <message>
        <source>%1 is banned for %2 more minutes after too many failed logins (further connections from it are refused without a log line)</source>
        <translation>%1 est banni encore %2 minutes après trop d’échecs de connexion (ses autres connexions sont refusées sans ligne dans le journal)</translation>
    </message>
    <message>
        <source>FTPS needs a certificate and its key.</source>
        <translation>FTPS a besoin d’un certificat et de sa clé.</translation>
    </message>
    <message>
        <source>An implicit-FTPS port needs TLS (the TLS policy is off).</source>
        <translation>Un port FTPS implicite a besoin de TLS (la politique TLS est désactivée).</translation>
    </message>
    <message>
        <source>Implicit FTPS on %1</source>
        <translation>FTPS implicite sur %1</translation>
    </message>
    <message>
        <source>Cannot listen for implicit FTPS on %1: %2</source>
        <translation>Impossible d’écouter en FTPS implicite sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpServerSession</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Closing the session: %1</source>
        <translation>Fermeture de la session : %1</translation>
    </message>
    <message>
        <source>Command line longer than %1 bytes ignored</source>
        <translation>Ligne de commande de plus de %1 octets ignorée</translation>
    </message>
    <message>
        <source>Refused %1 %2: read-only session</source>
        <translation>%1 %2 refusé : session en lecture seule</translation>
    </message>
    <message>
        <source>aborted by the client</source>
        <translation>interrompu par le client</translation>
    </message>
    <message>
        <source>the control connection closed</source>
        <translation>la connexion de contrôle a été fermée</translation>
    </message>
    <message>
        <source>Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)</source>
        <translation>Déconnecté après %1 s (%2 octets téléchargés, %3 octets téléversés)</translation>
    </message>
    <message>
        <source>Timeout: no command for %1 seconds.</source>
        <translation>Délai dépassé : aucune commande depuis %1 secondes.</translation>
    </message>
    <message>
        <source>Timeout: no login within %1 seconds.</source>
        <translation>Délai dépassé : aucune connexion en %1 secondes.</translation>
    </message>
    <message>
        <source>Connected (implicit TLS)</source>
        <translation>Connecté (TLS implicite)</translation>
    </message>
</context>
<context>
    <name>Ferry::FtpSession</name>
    <message>
        <source>Canceled: the connection was closed.</source>
        <translation>Annulé : la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Le serveur a fermé la session : %1</translation>
    </message>
    <message>
        <source>Not done: the connection was lost before it was this operation&apos;s turn (%1)</source>
        <translation>Non effectué : la connexion a été perdue avant le tour de cette opération (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobPlanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not on the server (it is not in the listing of %2).</source>
        <translation>%1 n’est pas sur le serveur (absent de la liste de %2).</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 on the server: %2</source>
        <translation>Impossible d’ouvrir le dossier %1 sur le serveur : %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2 is a folder on the server.</source>
        <translation>Impossible de téléverser %1 : %2 est un dossier sur le serveur.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>Impossible de lire le dossier %1.</translation>
    </message>
    <message>
        <source>A broken symbolic link: skipped.</source>
        <translation>Un lien symbolique cassé : ignoré.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder: not followed.</source>
        <translation>Un lien symbolique vers un dossier : non suivi.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being uploaded (a loop): skipped.</source>
        <translation>Un lien symbolique qui revient dans un dossier en cours de téléversement (une boucle) : ignoré.</translation>
    </message>
    <message>
        <source>Folders nested deeper than %1 levels: skipped.</source>
        <translation>Dossiers imbriqués sur plus de %1 niveaux : ignorés.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the server: a file of that name exists.</source>
        <translation>Impossible de créer le dossier %1 sur le serveur : un fichier de ce nom existe.</translation>
    </message>
    <message>
        <source>Not a regular file: skipped.</source>
        <translation>Pas un fichier ordinaire : ignoré.</translation>
    </message>
    <message>
        <source>Cannot upload %1: a folder of that name exists on the server.</source>
        <translation>Impossible de téléverser %1 : un dossier de ce nom existe sur le serveur.</translation>
    </message>
    <message>
        <source>A name with a path separator cannot be saved locally: skipped.</source>
        <translation>Un nom contenant un séparateur de chemin ne peut pas être enregistré localement : ignoré.</translation>
    </message>
    <message>
        <source>A link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Un lien qui revient dans un dossier en cours de téléchargement (une boucle) : ignoré.</translation>
    </message>
    <message>
        <source>Not a regular file or folder: skipped.</source>
        <translation>Ni fichier ordinaire ni dossier : ignoré.</translation>
    </message>
    <message>
        <source>A symbolic link to a folder whose target the server does not show: not followed.</source>
        <translation>Un lien symbolique vers un dossier dont le serveur ne montre pas la cible : non suivi.</translation>
    </message>
    <message>
        <source>A symbolic link back into a folder being downloaded (a loop): skipped.</source>
        <translation>Un lien symbolique qui revient dans un dossier en cours de téléchargement (une boucle) : ignoré.</translation>
    </message>
</context>
<context>
    <name>Ferry::ListFactsOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server refused to send the MLST facts %1</source>
        <translation>Le serveur a refusé d’envoyer les faits MLST %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ListOperation</name>
    <message>
        <source>Could not list the current folder</source>
        <translation>Impossible de lister le dossier courant</translation>
    </message>
    <message>
        <source>Could not list %1</source>
        <translation>Impossible de lister %1</translation>
    </message>
    <message>
        <source>The server&apos;s file names are not UTF-8: switching to Latin-1 for this connection.</source>
        <translation>Les noms de fichiers du serveur ne sont pas en UTF-8 : passage en Latin-1 pour cette connexion.</translation>
    </message>
    <message>
        <source>Could not parse listing line: %1</source>
        <translation>Impossible d’analyser la ligne de liste : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more listing line(s) could not be parsed.</source>
        <translation>
            <numerusform>%n ligne de plus du listing n’a pas pu être analysée.</numerusform>
            <numerusform>%n lignes de plus du listing n’ont pas pu être analysées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LocalFileModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
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
        <translation>Impossible de lire %1 pour calculer sa somme de contrôle : %2</translation>
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
        <translation>Fichiers locaux</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renommé en %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>Le dossier %1 ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Select the files or folders to upload first.</source>
        <translation>Sélectionnez d’abord les fichiers ou dossiers à téléverser.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 for good? Folders are deleted with everything in them.</source>
        <translation>Supprimer définitivement %1 ? Les dossiers sont supprimés avec tout leur contenu.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items for good? Folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Supprimer définitivement cet élément ? Les dossiers sont supprimés avec tout leur contenu.</numerusform>
            <numerusform>Supprimer définitivement ces %n éléments ? Les dossiers sont supprimés avec tout leur contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n élément supprimé</numerusform>
            <numerusform>%n éléments supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1 :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>« %1 » n’est pas un nom de dossier valide.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in %2.</source>
        <translation>Impossible de créer le dossier %1 dans %2.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Folder: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Dossier : %2&lt;br&gt;Type : %3&lt;br&gt;Taille : %4&lt;br&gt;Modifié : %5&lt;br&gt;Permissions : %6&lt;br&gt;Propriétaire : %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>Ferry::LogPanel</name>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Commands, replies and errors</source>
        <translation>Commandes, réponses et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Ferry::LoginCommands</name>
    <message>
        <source>the server has no authenticator</source>
        <translation>le serveur n’a pas d’authentificateur</translation>
    </message>
    <message>
        <source>the authenticator gave no files to serve</source>
        <translation>l’authentificateur n’a fourni aucun fichier à servir</translation>
    </message>
    <message>
        <source>Logged in (%1), serving %2</source>
        <translation>Connecté (%1), partage de %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>Login failed for user &quot;%1&quot; (%2), attempt %3 of %4</source>
        <translation>Échec de connexion pour l’utilisateur « %1 » (%2), tentative %3 sur %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 failed logins: disconnecting</source>
        <translation>%1 échecs de connexion : déconnexion</translation>
    </message>
    <message>
        <source>Login of &quot;%1&quot; refused without checking the password: this address is banned for %2 more minutes after too many failed logins</source>
        <translation>Connexion de « %1 » refusée sans vérifier le mot de passe : cette adresse est bannie encore %2 minutes après trop d’échecs de connexion</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 within %3 minutes: connections from this address are refused for %4 minutes</source>
        <translation>%1 échecs de connexion depuis %2 en %3 minutes : les connexions de cette adresse sont refusées pendant %4 minutes</translation>
    </message>
</context>
<context>
    <name>Ferry::LogonOperation</name>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connexion à %1 port %2</translation>
    </message>
    <message>
        <source>The server closed the connection after the password: %1</source>
        <translation>Le serveur a fermé la connexion après le mot de passe : %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection</source>
        <translation>Le serveur n’a pas accepté la connexion</translation>
    </message>
    <message>
        <source>The password contains a line break.</source>
        <translation>Le mot de passe contient un saut de ligne.</translation>
    </message>
    <message>
        <source>Login refused for user %1: %2</source>
        <translation>Connexion refusée pour l’utilisateur %1 : %2</translation>
    </message>
    <message>
        <source>The server asks for an account (ACCT), which Ferry does not support: %1</source>
        <translation>Le serveur demande un compte (ACCT), ce que Ferry ne prend pas en charge : %1</translation>
    </message>
    <message>
        <source>Login failed (wrong user name or password?): %1</source>
        <translation>Échec de la connexion (nom d’utilisateur ou mot de passe incorrect ?) : %1</translation>
    </message>
    <message>
        <source>The server knows no FEAT: using only basic commands.</source>
        <translation>Le serveur ne connaît pas FEAT : utilisation des seules commandes de base.</translation>
    </message>
    <message>
        <source>Logged in; current folder %1</source>
        <translation>Connecté ; dossier courant %1</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS établi (%1)</translation>
    </message>
    <message>
        <source>Cannot use TLS: %1</source>
        <translation>Impossible d’utiliser TLS : %1</translation>
    </message>
    <message>
        <source>%1 does not offer TLS (AUTH: %2), and encryption is required. Use ftp:// or TLS mode auto to connect without it.</source>
        <translation>%1 ne propose pas TLS (AUTH : %2), et le chiffrement est requis. Utilisez ftp:// ou le mode TLS auto pour vous connecter sans.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (%1): the connection is not encrypted, passwords and files travel in clear text.</source>
        <translation>Le serveur ne propose pas TLS (%1) : la connexion n’est pas chiffrée, mots de passe et fichiers circulent en clair.</translation>
    </message>
    <message>
        <source>%1 refused to encrypt data connections (PROT P: %2), and encryption is required. Use ftp:// or TLS mode auto to accept clear-text data connections.</source>
        <translation>%1 a refusé de chiffrer les connexions de données (PROT P : %2), et le chiffrement est requis. Utilisez ftp:// ou le mode TLS auto pour accepter des connexions de données en clair.</translation>
    </message>
    <message>
        <source>The server refused to encrypt data connections (%1): files travel in clear text, the password and commands are encrypted.</source>
        <translation>Le serveur a refusé de chiffrer les connexions de données (%1) : les fichiers circulent en clair, le mot de passe et les commandes sont chiffrés.</translation>
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
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;File transfer over FTP, for boards and desktops.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Transfert de fichiers par FTP, pour les cartes et les ordinateurs de bureau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>Connexion rapide</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1 — Ferry</source>
        <translation>%1 — Ferry</translation>
    </message>
    <message>
        <source>No saved sites</source>
        <translation>Aucun site enregistré</translation>
    </message>
    <message>
        <source>The new language takes effect when Ferry starts again.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Ferry.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>The FTP server is running on port %1.</source>
        <translation>Le serveur FTP tourne sur le port %1.</translation>
    </message>
    <message>
        <source>The FTP server is stopped.</source>
        <translation>Le serveur FTP est arrêté.</translation>
    </message>
    <message>
        <source>FTP &amp;Server</source>
        <translation>&amp;Serveur FTP</translation>
    </message>
    <message>
        <source>Show or hide the FTP server panel: share a folder over FTP</source>
        <translation>Afficher ou masquer le panneau du serveur FTP : partager un dossier en FTP</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfert</numerusform>
            <numerusform>%n transferts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. They stay in the queue, paused, and continue when you resume them after Ferry starts again.</source>
        <translation>
            <numerusform>%n transfert est encore en cours. Il reste dans la file d’attente, en pause, et continuera quand vous le reprendrez au prochain démarrage de Ferry.</numerusform>
            <numerusform>%n transferts sont encore en cours. Ils restent dans la file d’attente, en pause, et continueront quand vous les reprendrez au prochain démarrage de Ferry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The FTP server has %n connected session(s); quitting disconnects them.</source>
        <translation>
            <numerusform>Le serveur FTP a %n session connectée ; quitter la déconnectera.</numerusform>
            <numerusform>Le serveur FTP a %n sessions connectées ; quitter les déconnectera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Quitter Ferry ?</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindowActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>Gestionnaire de &amp;sites…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nouveau site…</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>Connexion &amp;rapide</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Open	Enter</source>
        <translation>&amp;Ouvrir	Entrée</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Téléverser</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l’URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Parent Folder</source>
        <translation>Dossier &amp;parent</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>Modifier l’&amp;emplacement</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltrer</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Switch Pane	Tab</source>
        <translation>&amp;Changer de panneau	Tab</translation>
    </message>
    <message>
        <source>Transfer &amp;Queue</source>
        <translation>&amp;File de transferts</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Cancel All Transfers</source>
        <translation>&amp;Annuler tous les transferts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>Télé&amp;charger</translation>
    </message>
    <message>
        <source>Download the selection to the local folder (Ctrl+T)</source>
        <translation>Télécharger la sélection dans le dossier local (Ctrl+T)</translation>
    </message>
    <message>
        <source>Upload the selection to the remote folder (Ctrl+T)</source>
        <translation>Téléverser la sélection dans le dossier distant (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Connect to S&amp;ite</source>
        <translation>Se connecter à un s&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>Onglet &amp;précédent</translation>
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
        <translation>Plus d’espace disponible sur le périphérique</translation>
    </message>
</context>
<context>
    <name>Ferry::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Ferry::NativeSocket</name>
    <message>
        <source>the connection was reset by the other side</source>
        <translation>la connexion a été réinitialisée par l’autre côté</translation>
    </message>
</context>
<context>
    <name>Ferry::OpenSslTlsStream</name>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>the client closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>le client a fermé la connexion sans terminer TLS (pas de close_notify) : des données peuvent manquer</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>le client a fermé la connexion</translation>
    </message>
    <message>
        <source>the server closed the connection without ending TLS (no close_notify): data may be missing</source>
        <translation>le serveur a fermé la connexion sans terminer TLS (pas de close_notify) : des données peuvent manquer</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>Erreur TLS %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PasswordStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau système n’est disponible.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Le trousseau système a refusé l’accès.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Le trousseau système a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>Impossible d’utiliser le trousseau système.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Impossible d’utiliser le trousseau système : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::QueueNotifier</name>
    <message>
        <source>Transfer failed</source>
        <translation>Échec du transfert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Transfers finished with errors</source>
        <translation>Transferts terminés avec des erreurs</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done, </source>
        <translation>
            <numerusform>%n transfert terminé, </numerusform>
            <numerusform>%n transferts terminés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Transferts terminés</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done.</source>
        <translation>
            <numerusform>%n transfert terminé.</numerusform>
            <numerusform>%n transferts terminés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::QuickConnectBar</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>host, ftp://, ftpes:// or ftps://user@host/folder</source>
        <translation>hôte, ftp://, ftpes:// ou ftps://utilisateur@hôte/dossier</translation>
    </message>
    <message>
        <source>A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent connections</source>
        <translation>Un nom d’hôte ou une adresse (chiffré avec TLS si le serveur le propose), ou une URL : ftp://, ftpes:// (TLS explicite requis) ou ftps:// (TLS implicite, port 990). La liste déroulante montre les connexions récentes</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditPanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Dernier téléversement</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Files being edited</source>
        <translation>Fichiers en cours de modification</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>&amp;Téléverser maintenant</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Forget the file: later saves are not uploaded and the temporary copy is deleted</source>
        <translation>Oublier le fichier : les enregistrements suivants ne sont pas téléversés et la copie temporaire est supprimée</translation>
    </message>
    <message>
        <source>the desktop&apos;s default application</source>
        <translation>l&apos;application par défaut du bureau</translation>
    </message>
    <message>
        <source>The command that opens a file for editing (the file is added at the end), e.g. &quot;kate&quot; or &quot;code --wait&quot;; empty: the application your desktop uses</source>
        <translation>La commande qui ouvre un fichier pour le modifier (le fichier est ajouté à la fin), p. ex. « kate » ou « code --wait » ; vide : l&apos;application de votre bureau</translation>
    </message>
    <message>
        <source>Upload saved files &amp;automatically</source>
        <translation>Téléverser &amp;automatiquement les fichiers enregistrés</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Éditeur :</translation>
    </message>
    <message>
        <source>%1 uploaded to %2.</source>
        <translation>%1 téléversé vers %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Editing %1: every save is %2.</source>
        <translation>Modification de %1 : chaque enregistrement est %2.</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>téléversé</translation>
    </message>
    <message>
        <source>offered for upload</source>
        <translation>proposé au téléversement</translation>
    </message>
    <message>
        <source>No application opens %1; set an editor command below.</source>
        <translation>Aucune application n&apos;ouvre %1 ; indiquez une commande d&apos;éditeur ci-dessous.</translation>
    </message>
    <message>
        <source>Could not start the editor &quot;%1&quot;.</source>
        <translation>Impossible de lancer l&apos;éditeur « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source> (%n upload(s))</source>
        <translation>
            <numerusform> (%n téléversement)</numerusform>
            <numerusform> (%n téléversements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <source>Upload the saved file?</source>
        <translation>Téléverser le fichier enregistré ?</translation>
    </message>
    <message>
        <source>%1 changed on the server since you opened it.</source>
        <translation>%1 a été modifié sur le serveur depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>%1 was saved. Upload it to %2?</source>
        <translation>%1 a été enregistré. Le téléverser vers %2 ?</translation>
    </message>
    <message>
        <source>Replace the server&apos;s copy with yours?</source>
        <translation>Remplacer la copie du serveur par la vôtre ?</translation>
    </message>
    <message>
        <source>&amp;Overwrite the server&apos;s copy</source>
        <translation>É&amp;craser la copie du serveur</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Téléverser</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>&amp;Garder la copie du serveur</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Upload saved files automatically from now on</source>
        <translation>Téléverser désormais automatiquement les fichiers enregistrés</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteEditor</name>
    <message>
        <source>%1 bytes, modified %2</source>
        <translation>%1 octets, modifié %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Watching for changes</source>
        <translation>En attente de modifications</translation>
    </message>
    <message>
        <source>Saved: upload?</source>
        <translation>Enregistré : téléverser ?</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copy</source>
        <translation>Vérification de la copie du serveur</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La file de transferts ne connaît pas le serveur %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Impossible de créer un dossier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a file on the server.</source>
        <translation>%1 n&apos;est pas un fichier sur le serveur.</translation>
    </message>
    <message>
        <source>It was deleted on the server since you opened it.</source>
        <translation>Il a été supprimé sur le serveur depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>It changed on the server since you opened it: then %1, now %2.</source>
        <translation>Il a été modifié sur le serveur depuis que vous l&apos;avez ouvert : alors %1, maintenant %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteFileModel</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>the file may be downloaded</source>
        <translation>le fichier peut être téléchargé</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lister</translation>
    </message>
    <message>
        <source>the folder may be listed</source>
        <translation>le dossier peut être listé</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>entrer</translation>
    </message>
    <message>
        <source>the folder may be entered</source>
        <translation>on peut entrer dans le dossier</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>the file may be overwritten</source>
        <translation>le fichier peut être écrasé</translation>
    </message>
    <message>
        <source>append</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>data may be appended to the file</source>
        <translation>des données peuvent être ajoutées au fichier</translation>
    </message>
    <message>
        <source>create files</source>
        <translation>créer des fichiers</translation>
    </message>
    <message>
        <source>files may be created in the folder</source>
        <translation>des fichiers peuvent être créés dans le dossier</translation>
    </message>
    <message>
        <source>create folders</source>
        <translation>créer des dossiers</translation>
    </message>
    <message>
        <source>folders may be created in the folder</source>
        <translation>des dossiers peuvent être créés dans le dossier</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>it may be deleted</source>
        <translation>peut être supprimé</translation>
    </message>
    <message>
        <source>delete contents</source>
        <translation>supprimer le contenu</translation>
    </message>
    <message>
        <source>what is in the folder may be deleted</source>
        <translation>le contenu du dossier peut être supprimé</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renommer</translation>
    </message>
    <message>
        <source>it may be renamed</source>
        <translation>peut être renommé</translation>
    </message>
    <message>
        <source>its mode may be changed (SITE CHMOD)</source>
        <translation>ses droits peuvent être modifiés (SITE CHMOD)</translation>
    </message>
    <message>
        <source>its time may be changed (MFMT)</source>
        <translation>sa date peut être modifiée (MFMT)</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>aucun accès</translation>
    </message>
    <message>
        <source>MLSD perm fact: %1</source>
        <translation>Information perm de MLSD : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>not defined by RFC 3659</source>
        <translation>non défini par la RFC 3659</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>Tel que listé : %1</translation>
    </message>
    <message>
        <source>MLSD UNIX.mode fact: %1</source>
        <translation>Information UNIX.mode de MLSD : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Remote files</source>
        <translation>Fichiers distants</translation>
    </message>
    <message>
        <source>Not connected. Type a host or an ftp:// address above and press Connect, or open the site manager (Ctrl+S).</source>
        <translation>Non connecté. Saisissez un hôte ou une adresse ftp:// ci-dessus et cliquez sur Se connecter, ou ouvrez le gestionnaire de sites (Ctrl+S).</translation>
    </message>
    <message>
        <source>Remote (not connected)</source>
        <translation>Distant (non connecté)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Distant : %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Sélectionnez d’abord les fichiers ou dossiers à télécharger.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;: %1</source>
        <translation>Un nom ne peut pas contenir « / » : %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renommé en %1</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Supprimer sur le serveur</translation>
    </message>
    <message>
        <source>Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.</source>
        <translation>Supprimer %1 sur le serveur ? C’est irréversible ; un dossier est supprimé avec tout son contenu.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items on the server? This cannot be undone; folders are deleted with everything in them.</source>
        <translation>
            <numerusform>Supprimer cet élément sur le serveur ? C’est irréversible ; un dossier est supprimé avec tout son contenu.</numerusform>
            <numerusform>Supprimer ces %n éléments sur le serveur ? C’est irréversible ; les dossiers sont supprimés avec tout leur contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>Nouveau dossier sur le serveur</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1 :</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid folder name.</source>
        <translation>« %1 » n’est pas un nom de dossier valide.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Path: %2&lt;br&gt;Type: %3&lt;br&gt;Size: %4&lt;br&gt;Modified: %5&lt;br&gt;Permissions: %6&lt;br&gt;Owner: %7 / %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chemin : %2&lt;br&gt;Type : %3&lt;br&gt;Taille : %4&lt;br&gt;Modifié : %5&lt;br&gt;Permissions : %6&lt;br&gt;Propriétaire : %7 / %8</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&lt;br&gt;Link to: %1</source>
        <translation>&lt;br&gt;Lien vers : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;URL: %1</source>
        <translation>&lt;br&gt;URL : %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTasks</name>
    <message>
        <source>There is no site &quot;%1&quot; to work with.</source>
        <translation>Il n’y a pas de site « %1 » avec lequel travailler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::RemoteTreeReader</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Ferry::RenameOperation</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break.</source>
        <translation>Le nom « %1 » contient un saut de ligne.</translation>
    </message>
    <message>
        <source>Could not rename %1</source>
        <translation>Impossible de renommer %1</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ReplyReader</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent something that is not an FTP reply: &quot;%1&quot;.</source>
        <translation>Le serveur a envoyé quelque chose qui n’est pas une réponse FTP : « %1 ».</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 bytes.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 octets.</translation>
    </message>
</context>
<context>
    <name>Ferry::SecurityIndicator</name>
    <message>
        <source>%1 (transfers NOT encrypted)</source>
        <translation>%1 (transferts NON chiffrés)</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (%2). Click to see the server&apos;s certificate.</source>
        <translation>La connexion à %1 est chiffrée (%2). Cliquez pour voir le certificat du serveur.</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Chiffré : %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the password and the files cross the network readable by anyone on the path.</source>
        <translation>La connexion à %1 n’est pas chiffrée : le mot de passe et les fichiers traversent le réseau lisibles par quiconque sur le chemin.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), or the site says &quot;clear text only&quot;. The password and the files cross the network readable by anyone on the path. If the server can do TLS, choose &quot;Require explicit TLS&quot; or &quot;Implicit TLS&quot; for it in the Site Manager.</source>
        <translation>La connexion à %1 n’est pas chiffrée : le serveur n’a pas proposé TLS (les petites cartes ne le peuvent pas), ou le site indique « texte clair uniquement ». Le mot de passe et les fichiers traversent le réseau lisibles par quiconque sur le chemin. Si le serveur sait faire TLS, choisissez « Exiger TLS explicite » ou « TLS implicite » pour lui dans le gestionnaire de sites.</translation>
    </message>
</context>
<context>
    <name>Ferry::SelfSignedCertificate</name>
    <message>
        <source>Could not create a certificate (%1): %2</source>
        <translation>Impossible de créer un certificat (%1) : %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validité</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
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
        <translation>Impossible de créer le dossier %1 pour le certificat du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate in %1 is locked by another process.</source>
        <translation>Le certificat du serveur dans %1 est verrouillé par un autre processus.</translation>
    </message>
    <message>
        <source>The server&apos;s stored certificate cannot be used (%1). Delete %2 to make a new one.</source>
        <translation>Le certificat enregistré du serveur est inutilisable (%1). Supprimez %2 pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerDataConnection</name>
    <message>
        <source>No free passive port between %1 and %2 on %3: %4</source>
        <translation>Aucun port passif libre entre %1 et %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>Cannot listen for a data connection on %1: %2</source>
        <translation>Impossible d’écouter une connexion de données sur %1 : %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>La lecture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>L’écriture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>The data connection failed after %1 bytes: %2</source>
        <translation>La connexion de données a échoué après %1 octets : %2</translation>
    </message>
    <message>
        <source>the client did not connect within %1 seconds</source>
        <translation>le client ne s’est pas connecté en %1 secondes</translation>
    </message>
    <message>
        <source>connecting to %1 port %2 timed out</source>
        <translation>délai dépassé pour la connexion à %1 port %2</translation>
    </message>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>Aucune donnée depuis %1 secondes.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerHost</name>
    <message>
        <source>the server&apos;s thread is still busy with a file operation; try again in a moment</source>
        <translation>le thread du serveur est encore occupé par une opération sur un fichier ; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerPanel</name>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>(enter a password)</source>
        <translation>(saisissez un mot de passe)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>A folder to share (or drop one here)</source>
        <translation>Un dossier à partager (ou déposez-en un ici)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder to share</source>
        <translation>Choisir le dossier à partager</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>Let the system choose a free port; the URLs show which one.</source>
        <translation>Laisser le système choisir un port libre ; les URL indiquent lequel.</translation>
    </message>
    <message>
        <source>Allow anonymous logins</source>
        <translation>Autoriser les connexions anonymes</translation>
    </message>
    <message>
        <source>Anyone may log in as &quot;anonymous&quot; or &quot;ftp&quot; with any password.</source>
        <translation>Tout le monde peut se connecter en « anonymous » ou « ftp » avec n’importe quel mot de passe.</translation>
    </message>
    <message>
        <source>Anonymous users may upload, rename and delete</source>
        <translation>Les utilisateurs anonymes peuvent téléverser, renommer et supprimer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Named users: double-click a cell to change it.</source>
        <translation>Utilisateurs nommés : double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Ajouter un compte utilisateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected user accounts</source>
        <translation>Retirer les comptes utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Save passwords in plain text (not recommended)</source>
        <translation>Enregistrer les mots de passe en clair (déconseillé)</translation>
    </message>
    <message>
        <source>Without this, account passwords are kept in the system keychain.</source>
        <translation>Sinon, les mots de passe des comptes sont conservés dans le trousseau système.</translation>
    </message>
    <message>
        <source>Without this, account passwords are not saved: enter them again after Ferry restarts.</source>
        <translation>Sinon, les mots de passe des comptes ne sont pas enregistrés : saisissez-les à nouveau après le redémarrage de Ferry.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>Comptes utilisateurs :</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Se connecter à ce serveur</translation>
    </message>
    <message>
        <source>Open the shared folder in the remote pane, as the first user</source>
        <translation>Ouvrir le dossier partagé dans le panneau distant, en tant que premier utilisateur</translation>
    </message>
    <message>
        <source>Connect with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Disconnect session</source>
        <translation>&amp;Déconnecter la session</translation>
    </message>
    <message>
        <source>Close the selected sessions (the client gets 421)</source>
        <translation>Fermer les sessions sélectionnées (le client reçoit 421)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>Sessions, logins, transfers and file operations appear here.</source>
        <translation>Les sessions, connexions, transferts et opérations sur fichiers apparaissent ici.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: type it, use Choose…, or drop one from a file manager.</source>
        <translation>Choisissez d’abord un dossier à partager : saisissez-le, utilisez Choisir… ou déposez-en un depuis un gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.</source>
        <translation>Le dossier %1 n’existe pas. Choisissez un dossier existant (Choisir…) ou créez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to share.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un dossier à partager.</translation>
    </message>
    <message>
        <source>Ferry may not read the folder %1. Choose another folder or change its permissions.</source>
        <translation>Ferry n’a pas le droit de lire le dossier %1. Choisissez un autre dossier ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>A user account has no name: enter one, or remove the account.</source>
        <translation>Un compte utilisateur n’a pas de nom : saisissez-en un, ou retirez le compte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the anonymous login: tick &quot;Allow anonymous logins&quot; instead of adding it as a user.</source>
        <translation>« %1 » est la connexion anonyme : cochez « Autoriser les connexions anonymes » au lieu de l’ajouter comme utilisateur.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a colon: choose another name.</source>
        <translation>Le nom d’utilisateur « %1 » contient une espace ou un deux-points : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is listed twice: remove one of them.</source>
        <translation>L’utilisateur « %1 » apparaît deux fois : retirez l’un des deux.</translation>
    </message>
    <message>
        <source>Enter a password for the user &quot;%1&quot; (double-click its password cell).</source>
        <translation>Saisissez un mot de passe pour l’utilisateur « %1 » (double-cliquez sur sa cellule de mot de passe).</translation>
    </message>
    <message>
        <source>Nobody could log in: tick &quot;Allow anonymous logins&quot; or add a user account.</source>
        <translation>Personne ne pourrait se connecter : cochez « Autoriser les connexions anonymes » ou ajoutez un compte utilisateur.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>Impossible de démarrer le serveur : %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>Le serveur est arrêté.</translation>
    </message>
    <message>
        <source>Folder to share</source>
        <translation>Dossier à partager</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <source>%1 (read-write)</source>
        <translation>%1 (lecture et écriture)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>anonymous (read-write)</source>
        <translation>anonyme (lecture et écriture)</translation>
    </message>
    <message>
        <source>anonymous (read-only)</source>
        <translation>anonyme (lecture seule)</translation>
    </message>
    <message>
        <source>Could not start the server: %1
Choose another port, or tick &quot;Any free port&quot;.</source>
        <translation>Impossible de démarrer le serveur : %1
Choisissez un autre port ou cochez « N’importe quel port libre ».</translation>
    </message>
    <message>
        <source>Serving %1 on port %2 to %3.</source>
        <translation>Partage de %1 sur le port %2 pour %3.</translation>
    </message>
    <message>
        <source>Could not start the server with encryption: %1</source>
        <translation>Impossible de démarrer le serveur avec chiffrement : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerSessionModel</name>
    <message>
        <source>(not logged in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>%1 (logging in)</source>
        <translation>%1 (authentification)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
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
Connecté depuis %2
Téléchargé par le client : %3 octets
Téléversé par le client : %4 octets</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Current action</source>
        <translation>Action en cours</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsSection</name>
    <message>
        <source>Encryption (FTPS)</source>
        <translation>Chiffrement (FTPS)</translation>
    </message>
    <message>
        <source>Optional: clients choose TLS or clear text (boards)</source>
        <translation>Facultatif : les clients choisissent TLS ou texte clair (cartes)</translation>
    </message>
    <message>
        <source>Required: logins and data only over TLS</source>
        <translation>Requis : connexions et données uniquement via TLS</translation>
    </message>
    <message>
        <source>Off: clear text only</source>
        <translation>Désactivé : texte clair uniquement</translation>
    </message>
    <message>
        <source>FTPS (explicit, AUTH TLS) with Ferry&apos;s own self-signed certificate, made on first use and kept for the next starts</source>
        <translation>FTPS (explicite, AUTH TLS) avec le certificat auto-signé de Ferry, créé à la première utilisation et conservé pour les démarrages suivants</translation>
    </message>
    <message>
        <source>Copy the certificate&apos;s SHA-256 fingerprint</source>
        <translation>Copier l’empreinte SHA-256 du certificat</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copied the fingerprint</source>
        <translation>Empreinte copiée</translation>
    </message>
    <message>
        <source>Certificate
SHA-256:</source>
        <translation>Certificat
SHA-256 :</translation>
    </message>
    <message>
        <source>Off: everything, passwords included, crosses the network in clear text.</source>
        <translation>Désactivé : tout, mots de passe compris, traverse le réseau en clair.</translation>
    </message>
    <message>
        <source>Required: clients must use TLS (ftpes://) to log in and move files.</source>
        <translation>Requis : les clients doivent utiliser TLS (ftpes://) pour se connecter et transférer des fichiers.</translation>
    </message>
    <message>
        <source>Optional: clients that can use TLS (ftpes://) are encrypted; others, such as boards, use clear text.</source>
        <translation>Facultatif : les clients capables de TLS (ftpes://) sont chiffrés ; les autres, comme les cartes, utilisent le texte clair.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Clients check the server&apos;s certificate by its fingerprint, shown here while the server runs.</source>
        <translation>Les clients vérifient le certificat du serveur par son empreinte, affichée ici pendant que le serveur tourne.</translation>
    </message>
</context>
<context>
    <name>Ferry::ServerTlsStream</name>
    <message>
        <source>the client did not resume the control connection&apos;s TLS session on the data connection (session reuse is required)</source>
        <translation>le client n’a pas repris la session TLS de la connexion de contrôle sur la connexion de données (la réutilisation de session est requise)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Ferry.</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatique (passif, avec repli sur actif)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Keep both (rename the new one)</source>
        <translation>Garder les deux (renommer le nouveau)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Default transfer &amp;mode:</source>
        <translation>&amp;Mode de transfert par défaut :</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>Transferts &amp;parallèles :</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>Si un fichier &amp;existe :</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>Limite de &amp;vitesse :</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>Délai de &amp;réponse :</translation>
    </message>
    <message>
        <source>Connections per server for transfers. Small board servers (no FEAT) get one unless their site says otherwise.</source>
        <translation>Connexions par serveur pour les transferts. Les petits serveurs embarqués (sans FEAT) n’en ont qu’une, sauf indication contraire de leur site.</translation>
    </message>
    <message>
        <source>Overwrite if newer</source>
        <translation>Écraser si plus récent</translation>
    </message>
    <message>
        <source>Overwrite if newer or of another size</source>
        <translation>Écraser si plus récent ou de taille différente</translation>
    </message>
    <message>
        <source>Resume (continue a smaller file)</source>
        <translation>Reprendre (compléter un fichier plus petit)</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsWriter</name>
    <message>
        <source>Could not save %1 to %2.</source>
        <translation>Impossible d’enregistrer %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>The running Ferry did not answer: %1</source>
        <translation>Le Ferry en cours d’exécution n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Another Ferry is running.</source>
        <translation>Un autre Ferry est en cours d’exécution.</translation>
    </message>
</context>
<context>
    <name>Ferry::Site</name>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
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
        <translation>Gestionnaire de sites</translation>
    </message>
    <message>
        <source>Saved sites</source>
        <translation>Sites enregistrés</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Nouveau site</translation>
    </message>
    <message>
        <source>New site (Ctrl+N)</source>
        <translation>Nouveau site (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>Nouveau &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>ftp.example.com, 192.168.1.20 or ::1</source>
        <translation>ftp.example.com, 192.168.1.20 ou ::1</translation>
    </message>
    <message>
        <source>empty for anonymous</source>
        <translation>vide pour anonyme</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau système</translation>
    </message>
    <message>
        <source>Save the password in plain text (not recommended)</source>
        <translation>Enregistrer le mot de passe en clair (déconseillé)</translation>
    </message>
    <message>
        <source>Automatic (passive, falling back to active)</source>
        <translation>Automatique (passif, avec repli sur actif)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Connections used for transfers; browsing uses one more.</source>
        <translation>Connexions utilisées pour les transferts ; la navigation en utilise une de plus.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Choisir le dossier local</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>le dossier de connexion</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&amp;Board preset (NetX Duo / small embedded server)</source>
        <translation>Préréglage &amp;carte (NetX Duo / petit serveur embarqué)</translation>
    </message>
    <message>
        <source>One transfer connection, passive mode, conservative timeouts and a keep-alive before the board drops idle sessions</source>
        <translation>Une seule connexion de transfert, mode passif, délais prudents et un maintien de connexion avant que la carte ne coupe les sessions inactives</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Transfer &amp;connections:</source>
        <translation>&amp;Connexions de transfert :</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>Dossier &amp;local :</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Dossier &amp;distant :</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Délai de connexion (&amp;t) :</translation>
    </message>
    <message>
        <source>Repl&amp;y timeout:</source>
        <translation>Délai de répons&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every:</source>
        <translation>Maintien de connexion (&amp;k) toutes les :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Dossier local</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Anyone who can read your settings file can read this password.</source>
        <translation>Quiconque peut lire votre fichier de paramètres peut lire ce mot de passe.</translation>
    </message>
    <message>
        <source>Without either option Ferry asks for the password when it connects.</source>
        <translation>Sans l’une de ces options, Ferry demande le mot de passe à la connexion.</translation>
    </message>
    <message>
        <source>No system keychain is available: Ferry asks for the password when it connects, unless you save it in plain text.</source>
        <translation>Aucun trousseau système n’est disponible : Ferry demande le mot de passe à la connexion, sauf si vous l’enregistrez en clair.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name (use / for a folder inside a folder):</source>
        <translation>Nom du dossier (/ pour un dossier dans un dossier) :</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>The folder %1 still holds sites: delete or move them first.</source>
        <translation>Le dossier %1 contient encore des sites : supprimez-les ou déplacez-les d’abord.</translation>
    </message>
    <message>
        <source>The password of %1 was not saved: %2</source>
        <translation>Le mot de passe de %1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>&amp;Import from FileZilla…</source>
        <translation>&amp;Importer depuis FileZilla…</translation>
    </message>
    <message>
        <source>Add the sites of FileZilla&apos;s site manager (sitemanager.xml): folders, servers, users, modes, and passwords into the system keychain</source>
        <translation>Ajouter les sites du gestionnaire de sites de FileZilla (sitemanager.xml) : dossiers, serveurs, utilisateurs, modes, et mots de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>FileZilla&apos;s site manager file</source>
        <translation>Fichier du gestionnaire de sites de FileZilla</translation>
    </message>
    <message>
        <source>FileZilla sites (*.xml)</source>
        <translation>Sites FileZilla (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported from FileZilla.</source>
        <translation>
            <numerusform>%n site importé depuis FileZilla.</numerusform>
            <numerusform>%n sites importés depuis FileZilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press OK to keep them (passwords go to the system keychain).</source>
        <translation>Appuyez sur OK pour les garder (les mots de passe vont dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Press OK to keep them.</source>
        <translation>Appuyez sur OK pour les garder.</translation>
    </message>
    <message>
        <source>Import from FileZilla</source>
        <translation>Importer depuis FileZilla</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n remarque : voir les détails.</numerusform>
            <numerusform>%n remarques : voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use TLS if available (FTP, encrypted when the server can)</source>
        <translation>Utiliser TLS si disponible (FTP, chiffré quand le serveur le peut)</translation>
    </message>
    <message>
        <source>Require explicit TLS (FTPES)</source>
        <translation>Exiger TLS explicite (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS, port 990)</source>
        <translation>TLS implicite (FTPS, port 990)</translation>
    </message>
    <message>
        <source>Clear text only (insecure: passwords readable on the network)</source>
        <translation>Texte clair uniquement (non sûr : mots de passe lisibles sur le réseau)</translation>
    </message>
    <message>
        <source>TLS if available encrypts whenever the server offers it and works with servers that cannot (small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the first byte, usually on port 990.</source>
        <translation>« TLS si disponible » chiffre dès que le serveur le propose et fonctionne avec les serveurs qui ne le peuvent pas (petites cartes). TLS explicite refuse de continuer sans lui ; TLS implicite parle TLS dès le premier octet, généralement sur le port 990.</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
</context>
<context>
    <name>Ferry::SizeCheckRunner</name>
    <message>
        <source>Checking the sizes of the uploaded files failed (%1); again in %2 s.</source>
        <translation>La vérification de la taille des fichiers envoyés a échoué (%1) ; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>The size of the uploaded file could not be checked: %1</source>
        <translation>La taille du fichier envoyé n’a pas pu être vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::StatOperation</name>
    <message>
        <source>Could not get the facts of %1</source>
        <translation>Impossible d’obtenir les faits de %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1: the server does not support MLST.</source>
        <translation>%1 : le serveur ne prend pas en charge MLST.</translation>
    </message>
    <message>
        <source>%1: unexpected answer %2</source>
        <translation>%1 : réponse inattendue %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StreamPump</name>
    <message>
        <source>the other side closed the connection before the end</source>
        <translation>l’autre côté a fermé la connexion avant la fin</translation>
    </message>
    <message numerus="yes">
        <source>no data moved for %n second(s)</source>
        <translation>
            <numerusform>aucune donnée transférée pendant %n seconde</numerusform>
            <numerusform>aucune donnée transférée pendant %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing needs a folder in both panes: connect first.</source>
        <translation>La navigation synchronisée a besoin d&apos;un dossier dans les deux panneaux : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Synchronized browsing: %1 follows %2</source>
        <translation>Navigation synchronisée : %1 suit %2</translation>
    </message>
    <message>
        <source>Synchronized browsing</source>
        <translation>Navigation synchronisée</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server.</source>
        <translation>Le dossier %1 n&apos;existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer.</source>
        <translation>Le dossier %1 n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create it, so that both panes stay in step?</source>
        <translation>Le créer pour que les deux panneaux restent alignés ?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncChecksums</name>
    <message>
        <source>The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare by size and time instead.</source>
        <translation>Le serveur n&apos;offre aucune commande de somme de contrôle (HASH, XSHA256, XSHA1, XMD5 ou XCRC) : comparez plutôt par taille et date.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncComparison</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation>Identique des deux côtés</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Seulement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Only on the server</source>
        <translation>Seulement sur le serveur</translation>
    </message>
    <message>
        <source>Newer on this computer</source>
        <translation>Plus récent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Newer on the server</source>
        <translation>Plus récent sur le serveur</translation>
    </message>
    <message>
        <source>Different size</source>
        <translation>Taille différente</translation>
    </message>
    <message>
        <source>Same size, different content (checksum)</source>
        <translation>Même taille, contenu différent (somme de contrôle)</translation>
    </message>
    <message>
        <source>A file on one side, a folder or link on the other</source>
        <translation>Un fichier d&apos;un côté, un dossier ou un lien de l&apos;autre</translation>
    </message>
    <message>
        <source>here %1, server %2</source>
        <translation>ici %1, serveur %2</translation>
    </message>
    <message>
        <source>here %1 bytes, server %2 bytes</source>
        <translation>ici %1 octets, serveur %2 octets</translation>
    </message>
    <message>
        <source>Same size, checksum unknown</source>
        <translation>Même taille, somme de contrôle inconnue</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncFeatures</name>
    <message>
        <source>&amp;Compare Directories</source>
        <translation>&amp;Comparer les dossiers</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Mark what differs between the two folders shown: green only on one side, orange newer (grey the older side), red another size, purple file against folder</source>
        <translation>Marque ce qui diffère entre les deux dossiers affichés : vert d&apos;un seul côté, orange plus récent (gris le côté plus ancien), rouge autre taille, violet fichier contre dossier</translation>
    </message>
    <message>
        <source>Size and Time</source>
        <translation>Taille et date</translation>
    </message>
    <message>
        <source>Size Only</source>
        <translation>Taille seulement</translation>
    </message>
    <message>
        <source>Time Only</source>
        <translation>Date seulement</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Browsing</source>
        <translation>Navigation s&amp;ynchronisée</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Going into a folder in one pane goes to the same folder in the other</source>
        <translation>Entrer dans un dossier d&apos;un panneau entre dans le même dossier de l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Synchronize…</source>
        <translation>&amp;Synchroniser…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Keep Remote Up to Date…</source>
        <translation>&amp;Garder le distant à jour…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the remote file in an editor and upload it whenever it is saved</source>
        <translation>Ouvrir le fichier distant dans un éditeur et le téléverser à chaque enregistrement</translation>
    </message>
    <message>
        <source>Edited &amp;Files</source>
        <translation>&amp;Fichiers modifiés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Notify When Transfers Finish</source>
        <translation>&amp;Notifier quand les transferts se terminent</translation>
    </message>
    <message>
        <source>Keep Remote Up to Date</source>
        <translation>Garder le distant à jour</translation>
    </message>
    <message>
        <source>Edited Files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchro</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>Comparer &amp;par</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s off this computer&apos;s; comparisons allow for it.</source>
        <translation>L&apos;horloge du serveur s&apos;écarte de %1 s de celle de cet ordinateur ; les comparaisons en tiennent compte.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncPlanner</name>
    <message>
        <source>Create folder on the server</source>
        <translation>Créer le dossier sur le serveur</translation>
    </message>
    <message>
        <source>Create folder here</source>
        <translation>Créer le dossier ici</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Supprimer sur le serveur</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Supprimer ici</translation>
    </message>
    <message>
        <source>only on this computer</source>
        <translation>seulement sur cet ordinateur</translation>
    </message>
    <message>
        <source>only on the server</source>
        <translation>seulement sur le serveur</translation>
    </message>
    <message>
        <source>only on this computer (extras are deleted)</source>
        <translation>seulement sur cet ordinateur (les éléments en trop sont supprimés)</translation>
    </message>
    <message>
        <source>only on the server (extras are deleted)</source>
        <translation>seulement sur le serveur (les éléments en trop sont supprimés)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>checksum unknown</source>
        <translation>somme de contrôle inconnue</translation>
    </message>
    <message>
        <source>modification time unknown</source>
        <translation>date de modification inconnue</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncRunner</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La file de transferts ne connaît pas le serveur %1.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1 (is it empty?).</source>
        <translation>Impossible de supprimer le dossier %1 (est-il vide ?).</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::SyncScan</name>
    <message numerus="yes">
        <source>Listing %1: %n folder(s), %2 entries</source>
        <translation>
            <numerusform>Liste de %1 : %n dossier, %2 entrées</numerusform>
            <numerusform>Liste de %1 : %n dossiers, %2 entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Liste de %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Comparing checksums: %1 of %2</source>
        <translation>Comparaison des sommes de contrôle : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Ferry::SynchronizeDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Choose the local folder</source>
        <translation>Choisir le dossier local</translation>
    </message>
    <message>
        <source>Upload: make the server like this computer</source>
        <translation>Téléverser : rendre le serveur identique à cet ordinateur</translation>
    </message>
    <message>
        <source>Download: make this computer like the server</source>
        <translation>Télécharger : rendre cet ordinateur identique au serveur</translation>
    </message>
    <message>
        <source>Both ways: the newer file wins</source>
        <translation>Dans les deux sens : le fichier le plus récent l&apos;emporte</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>&amp;Modification time</source>
        <translation>Date de &amp;modification</translation>
    </message>
    <message>
        <source>C&amp;hecksum</source>
        <translation>Somme de c&amp;ontrôle</translation>
    </message>
    <message>
        <source>Files of the same size are compared by the server&apos;s checksum (slower: both sides read every such file).</source>
        <translation>Les fichiers de même taille sont comparés par la somme de contrôle du serveur (plus lent : les deux côtés lisent chacun de ces fichiers).</translation>
    </message>
    <message>
        <source>The server offers no checksum command (HASH, XSHA, XMD5, XCRC).</source>
        <translation>Le serveur n&apos;offre aucune commande de somme de contrôle (HASH, XSHA, XMD5, XCRC).</translation>
    </message>
    <message>
        <source>&amp;Delete files and folders that only the target has</source>
        <translation>&amp;Supprimer les fichiers et dossiers que seule la cible possède</translation>
    </message>
    <message>
        <source>everything (e.g. *.bin *.cfg)</source>
        <translation>tout (p. ex. *.bin *.cfg)</translation>
    </message>
    <message>
        <source>nothing (e.g. *.o .git/ build/)</source>
        <translation>rien (p. ex. *.o .git/ build/)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>Dossier &amp;local :</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Dossier &amp;distant :</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Comparer par :</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure :</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Actions prévues</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Put the checked actions on the transfer queue</source>
        <translation>Placer les actions cochées dans la file de transferts</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>Connectez-vous d&apos;abord au serveur.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>Le dossier distant doit être un chemin absolu (commençant par /).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Leave (conflict)</source>
        <translation>Laisser (conflit)</translation>
    </message>
    <message>
        <source> — neither side can be said to be right</source>
        <translation> — aucun côté ne peut être dit le bon</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n entry/entries compared).</source>
        <translation>
            <numerusform>Rien à faire : les dossiers sont alignés (%n entrée comparée).</numerusform>
            <numerusform>Rien à faire : les dossiers sont alignés (%n entrées comparées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck what should not happen, then Run.</source>
        <translation>Décochez ce qui ne doit pas se faire, puis Lancer.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions</source>
        <translation>%1 sur %2 cochées : %3 téléversements, %4 téléchargements (%5), %6 dossiers à créer, %7 suppressions</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left alone</source>
        <translation>
            <numerusform>; %n conflit laissé tel quel</numerusform>
            <numerusform>; %n conflits laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 of %2 done, %3 failed</source>
        <translation>En cours : %1 sur %2 terminées, %3 en échec</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed:
%3</source>
        <translation>Terminé : %1 faites, %2 en échec :
%3</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n action(s) done.</source>
        <translation>
            <numerusform>Terminé : l&apos;action (%n) est faite.</numerusform>
            <numerusform>Terminé : les %n actions sont faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n action(s): see the transfer queue.</source>
        <translation>
            <numerusform>%n action mise en file : voir la file de transferts.</numerusform>
            <numerusform>%n actions mises en file : voir la file de transferts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TcpConnector</name>
    <message>
        <source>cannot connect to %1 port %2</source>
        <translation>impossible de se connecter à %1 port %2</translation>
    </message>
</context>
<context>
    <name>Ferry::TcpStream</name>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>the connection could not be set up</source>
        <translation>la connexion n’a pas pu être établie</translation>
    </message>
</context>
<context>
    <name>Ferry::TimeOffsetStore</name>
    <message>
        <source>Could not save the servers&apos; clock offsets to %1.</source>
        <translation>Impossible d’enregistrer les décalages d’horloge des serveurs dans %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCommands</name>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLS établi (%1)</translation>
    </message>
    <message>
        <source>TLS on the control connection failed: %1</source>
        <translation>TLS sur la connexion de contrôle a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Impossible de démarrer TLS : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>No PEM certificate found (%1).</source>
        <translation>Aucun certificat PEM trouvé (%1).</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; the server needs it without one.</source>
        <translation>La clé privée est protégée par une phrase secrète ; le serveur en a besoin sans.</translation>
    </message>
    <message>
        <source>No PEM private key found (%1).</source>
        <translation>Aucune clé privée PEM trouvée (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clé privée n’appartient pas au certificat.</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 et %2 : %3</translation>
    </message>
    <message>
        <source>The certificate cannot be used: %1</source>
        <translation>Le certificat est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsSessionContext</name>
    <message>
        <source>The server has no certificate.</source>
        <translation>Le serveur n’a pas de certificat.</translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1</source>
        <translation>Impossible de configurer TLS : %1</translation>
    </message>
    <message>
        <source>Cannot start TLS: %1</source>
        <translation>Impossible de démarrer TLS : %1</translation>
    </message>
</context>
<context>
    <name>Ferry::TlsStream</name>
    <message>
        <source>the data connection&apos;s certificate is not trusted (%1); SHA-256 %2</source>
        <translation>le certificat de la connexion de données n’est pas reconnu (%1) ; SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection was closed without the end of the TLS stream (no close_notify): data may be missing</source>
        <translation>la connexion a été fermée sans la fin du flux TLS (pas de close_notify) : des données peuvent manquer</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferActions</name>
    <message>
        <source>transfer %1</source>
        <translation>transfert %1</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file d’attente</translation>
    </message>
    <message>
        <source>Connect to a server first: uploads go to the folder shown on the right.</source>
        <translation>Connectez-vous d’abord à un serveur : les téléversements vont dans le dossier affiché à droite.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Téléversement de %n élément vers %1</numerusform>
            <numerusform>Téléversement de %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Choose a local folder to download to first.</source>
        <translation>Choisissez d’abord un dossier local où télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Téléchargement de %n élément vers %1</numerusform>
            <numerusform>Téléchargement de %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue %1: %2</source>
        <translation>Impossible d’ajouter %1 à la file d’attente : %2</translation>
    </message>
    <message>
        <source>Downloading for the drop…</source>
        <translation>Téléchargement pour le dépôt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The transfer queue of the last run could not be read: %1</source>
        <translation>Impossible de lire la file de transferts de la dernière exécution : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished transfer(s) from the last run are paused in the queue. Connect to their server and press Resume to continue.</source>
        <translation>
            <numerusform>%n transfert inachevé de la dernière exécution est en pause dans la file d’attente. Connectez-vous à son serveur et cliquez sur Reprendre pour continuer.</numerusform>
            <numerusform>%n transferts inachevés de la dernière exécution sont en pause dans la file d’attente. Connectez-vous à leur serveur et cliquez sur Reprendre pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>Le téléversement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Transfers complete</source>
        <translation>Transferts terminés</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferCommands</name>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 refusé : %3</translation>
    </message>
    <message>
        <source>Directory send OK.</source>
        <translation>Liste du dossier envoyée.</translation>
    </message>
    <message>
        <source>Transfer complete.</source>
        <translation>Transfert terminé.</translation>
    </message>
    <message>
        <source>Insufficient storage space: %1</source>
        <translation>Espace de stockage insuffisant : %1</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>L’écriture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>The client closed the control connection before the upload was confirmed: the upload was discarded.</source>
        <translation>Le client a fermé la connexion de contrôle avant la confirmation du téléversement : le téléversement a été abandonné.</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Transfer complete (unique file name: %1).</source>
        <translation>Transfert terminé (nom de fichier unique : %1).</translation>
    </message>
    <message>
        <source>Could not remove the partial upload %1: %2</source>
        <translation>Impossible de supprimer le téléversement partiel %1 : %2</translation>
    </message>
    <message>
        <source>Transfer aborted: %1.</source>
        <translation>Transfert interrompu : %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes in %4 s (%5 MB/s): %6</source>
        <translation>%1 %2 : %3 octets en %4 s (%5 Mo/s) : %6</translation>
    </message>
    <message>
        <source>Cannot open the data connection.</source>
        <translation>Impossible d’ouvrir la connexion de données.</translation>
    </message>
    <message>
        <source>Connection closed; transfer aborted.</source>
        <translation>Connexion fermée ; transfert interrompu.</translation>
    </message>
    <message>
        <source>Local error: reading the file failed.</source>
        <translation>Erreur locale : la lecture du fichier a échoué.</translation>
    </message>
    <message>
        <source>Insufficient storage space.</source>
        <translation>Espace de stockage insuffisant.</translation>
    </message>
    <message>
        <source>Local error: writing the file failed.</source>
        <translation>Erreur locale : l’écriture du fichier a échoué.</translation>
    </message>
    <message>
        <source>Data connection: %1, TLS session resumed</source>
        <translation>Connexion de données : %1, session TLS reprise</translation>
    </message>
    <message>
        <source>Data connection: %1, new TLS session</source>
        <translation>Connexion de données : %1, nouvelle session TLS</translation>
    </message>
    <message>
        <source>SSL connection failed.</source>
        <translation>La connexion SSL a échoué.</translation>
    </message>
    <message>
        <source>SSL connection failed: session reuse required.</source>
        <translation>La connexion SSL a échoué : réutilisation de session requise.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferEngine</name>
    <message>
        <source>The transfer engine has stopped.</source>
        <translation>Le moteur de transfert s’est arrêté.</translation>
    </message>
    <message>
        <source>The transfer engine did not stop within %1 s.</source>
        <translation>Le moteur de transfert ne s’est pas arrêté en %1 s.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferOperation</name>
    <message>
        <source>Server refused the download of %1</source>
        <translation>Le serveur a refusé le téléchargement de %1</translation>
    </message>
    <message>
        <source>Server refused the upload of %1</source>
        <translation>Le serveur a refusé le téléversement de %1</translation>
    </message>
    <message>
        <source>The server cannot resume transfers (REST)</source>
        <translation>Le serveur ne sait pas reprendre les transferts (REST)</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2 of %3 bytes: the data connection closed early.</source>
        <translation>Le téléchargement de %1 s’est arrêté après %2 octets sur %3 : la connexion de données a été fermée prématurément.</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Tout mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>Tout repre&amp;ndre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>File d’attente (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Terminés (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échecs (%1)</translation>
    </message>
    <message>
        <source>No transfers. Drag files between the panes, or select them and press Ctrl+T.</source>
        <translation>Aucun transfert. Glissez des fichiers d’un panneau à l’autre, ou sélectionnez-les et appuyez sur Ctrl+T.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TransferQueue</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>Il n’y a pas de site « %1 » avec lequel transférer.</translation>
    </message>
    <message>
        <source>The local path &quot;%1&quot; is not absolute.</source>
        <translation>Le chemin local « %1 » n’est pas absolu.</translation>
    </message>
    <message>
        <source>The remote path &quot;%1&quot; is not absolute (it must start with /).</source>
        <translation>Le chemin distant « %1 » n’est pas absolu (il doit commencer par /).</translation>
    </message>
    <message>
        <source>Cannot save the transfer queue to %1: %2</source>
        <translation>Impossible d’enregistrer la file de transferts dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the transfer queue %1: %2</source>
        <translation>Impossible de lire la file de transferts %1 : %2</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its site, direction or state.</source>
        <translation>Une tâche du fichier de file d’attente n’a pas de site, de sens ou d’état.</translation>
    </message>
    <message>
        <source>A job in the queue file lacks its local or remote path.</source>
        <translation>Une tâche du fichier de file d’attente n’a pas de chemin local ou distant.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The job number %1 is taken.</source>
        <translation>Le numéro de tâche %1 est déjà pris.</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2) and could not be set aside: %3</source>
        <translation>La file de transferts %1 est inutilisable (%2) et n’a pas pu être mise de côté : %3</translation>
    </message>
    <message>
        <source>The transfer queue %1 cannot be used (%2); it was kept as %3.</source>
        <translation>La file de transferts %1 est inutilisable (%2) ; elle a été conservée sous %3.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée : %1</translation>
    </message>
    <message>
        <source>not a Ferry transfer queue</source>
        <translation>pas une file de transferts de Ferry</translation>
    </message>
    <message>
        <source>written by a newer Ferry</source>
        <translation>écrite par un Ferry plus récent</translation>
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
        <translation>Téléversement de %1 vers %2 sur %3</translation>
    </message>
    <message>
        <source>Download of %1 from %2 to %3</source>
        <translation>Téléchargement de %1 depuis %2 vers %3</translation>
    </message>
    <message>
        <source>%1 of %2 files done, %3 skipped, %4 failed</source>
        <translation>%1 fichiers sur %2 terminés, %3 ignorés, %4 en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>%n échec réessayé</numerusform>
            <numerusform>%n échecs réessayés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 fichiers sur %3)</translation>
    </message>
    <message>
        <source>Listing folders…</source>
        <translation>Listage des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n retried)</source>
        <translation>
            <numerusform>%1 (%n nouvelle tentative)</numerusform>
            <numerusform>%1 (%n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>Ferry::TransferScheduler</name>
    <message>
        <source>There is no site &quot;%1&quot; to transfer with.</source>
        <translation>Il n’y a pas de site « %1 » avec lequel transférer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not connect (%1); trying again in %2 s.</source>
        <translation>Connexion impossible (%1) ; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>Listing failed (%1); trying again in %2 s.</source>
        <translation>Échec du listage (%1) ; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is a folder.</source>
        <translation>Impossible de télécharger %1 : %2 est un dossier.</translation>
    </message>
    <message>
        <source>%1 exists; nobody to ask, so it is skipped.</source>
        <translation>%1 existe ; personne à qui demander, il est donc ignoré.</translation>
    </message>
    <message>
        <source>%1 failed (%2); attempt %3 of %4 in %5 s.</source>
        <translation>%1 a échoué (%2) ; tentative %3 sur %4 dans %5 s.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. First: %3</source>
        <translation>%1 fichiers sur %2 ont échoué. Premier : %3</translation>
    </message>
    <message>
        <source>The partial upload %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le téléversement partiel %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::UserFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside: %2</source>
        <translation>Le fichier de réglages %1 est endommagé et n’a pas pu être mis de côté : %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; it was kept as %2 and Ferry starts it afresh.</source>
        <translation>Le fichier de réglages %1 est endommagé ; il a été conservé sous %2 et Ferry en recommence un neuf.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchPanel</name>
    <message>
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
    <message>
        <source>Patterns of files and folders not to upload, separated by spaces; a trailing / names a folder.</source>
        <translation>Motifs des fichiers et dossiers à ne pas téléverser, séparés par des espaces ; un / final désigne un dossier.</translation>
    </message>
    <message>
        <source>Delete on the server what is deleted here</source>
        <translation>Supprimer sur le serveur ce qui est supprimé ici</translation>
    </message>
    <message>
        <source>Upload what differs first</source>
        <translation>Téléverser d&apos;abord ce qui diffère</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Last uploads and errors</source>
        <translation>Derniers téléversements et erreurs</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Surveiller :</translation>
    </message>
    <message>
        <source>&amp;Upload to:</source>
        <translation>&amp;Téléverser vers :</translation>
    </message>
    <message>
        <source>&amp;Ignore:</source>
        <translation>&amp;Ignorer :</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur.</translation>
    </message>
    <message>
        <source>The remote folder must be an absolute path (starting with /).</source>
        <translation>Le dossier distant doit être un chemin absolu (commençant par /).</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7</source>
        <translation>Surveillance de %1 → %2 sur %3 : %4 téléversés, %5 supprimés, %6 en échec%7</translation>
    </message>
    <message>
        <source> (busy)</source>
        <translation> (occupé)</translation>
    </message>
    <message>
        <source>Connect to a server, pick a folder, and Start: every file saved in it is uploaded.</source>
        <translation>Connectez-vous à un serveur, choisissez un dossier et Démarrez : chaque fichier enregistré dedans est téléversé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Ferry::WatchSession</name>
    <message>
        <source>The transfer queue does not know the server %1.</source>
        <translation>La file de transferts ne connaît pas le serveur %1.</translation>
    </message>
</context>
<context>
    <name>LocalFileSystem</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Nom de fichier non valide : %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Dossier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 leads outside the shared folder.</source>
        <translation>%1 mène hors du dossier partagé.</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Pas un dossier : %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Fichier ou dossier introuvable : %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permission refusée : %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Impossible de commencer la lecture de %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>Impossible de reprendre %1 à l’octet %2 : le fichier fait %3 octets.</translation>
    </message>
    <message>
        <source>Could not resume %1 at byte %2: %3</source>
        <translation>Impossible de reprendre %1 à l’octet %2 : %3</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permission refusée : impossible de créer %1.</translation>
    </message>
    <message>
        <source>The root folder cannot be removed.</source>
        <translation>Le dossier racine ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Le dossier %1 n’est pas vide.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Impossible de supprimer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 est un dossier : utilisez RMD.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>Le dossier racine ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Un dossier nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>Impossible de déplacer %1 dans lui-même.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
</context>
<context>
    <name>MemoryFileSystem</name>
    <message>
        <source>Invalid file name: %1</source>
        <translation>Nom de fichier non valide : %1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Dossier introuvable : %1</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Pas un dossier : %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Fichier ou dossier introuvable : %1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot start reading %1 at byte %2.</source>
        <translation>Impossible de commencer la lecture de %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permission refusée : %1</translation>
    </message>
    <message>
        <source>Cannot resume %1 at byte %2: the file has %3 bytes.</source>
        <translation>Impossible de reprendre %1 à l’octet %2 : le fichier fait %3 octets.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create %1.</source>
        <translation>Permission refusée : impossible de créer %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Le dossier %1 n’est pas vide.</translation>
    </message>
    <message>
        <source>%1 is a folder: use RMD.</source>
        <translation>%1 est un dossier : utilisez RMD.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself.</source>
        <translation>Impossible de déplacer %1 dans lui-même.</translation>
    </message>
    <message>
        <source>A folder named %1 already exists.</source>
        <translation>Un dossier nommé %1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>La connexion TLS/SSL a été fermée</translation>
    </message>
</context>
<context>
    <name>UserAuthenticator</name>
    <message>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <source>anonymous access is disabled</source>
        <translation>l’accès anonyme est désactivé</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
</context>
</TS>
