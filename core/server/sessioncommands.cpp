#include "server/sessioncommands.h"

#include "server/commandtable.h"
#include "server/controlconnection.h"
#include "server/dataconnectionsetup.h"
#include "server/directorylisting.h"
#include "server/ftpcommand.h"
#include "server/listingformat.h"
#include "server/serverdataconnection.h"
#include "server/sessioncontext.h"

#include <algorithm>

namespace Ferry {

namespace {

// The MLST facts this server knows (RFC 3659 section 7.5).
const QSet<QByteArray>& knownFacts()
{
    static const QSet<QByteArray> facts = {"type", "size", "modify", "perm", "unix.mode"};
    return facts;
}

// STAT <path> on the control connection lists at most this many entries.
constexpr int MaxStatLines = 2000;

} // namespace

SessionCommands::SessionCommands(SessionContext& context, const CommandTable& commands,
                                 const DataConnectionSetup& data)
    : m_context(context), m_commands(commands), m_data(data)
{}

void SessionCommands::noop(const FtpCommand&)
{
    m_context.reply(200, QStringLiteral("NOOP ok."));
}

void SessionCommands::quit(const FtpCommand&)
{
    m_context.reply(221, QStringLiteral("Goodbye."));
    m_context.control().close();
}

void SessionCommands::syst(const FtpCommand&)
{
    m_context.reply(215, QStringLiteral("UNIX Type: L8"));
}

void SessionCommands::feat(const FtpCommand&)
{
    // RFC 2389: exactly the extensions this server implements.
    QList<QByteArray> features = {
        "EPRT", "EPSV",        "MDTM", "MLST " + ListingFormat::factsFeature(m_context.state().mlstFacts),
        "PASV", "REST STREAM", "SIZE", "TVFS",
        "UTF8",
    };
    if (m_context.options().tlsPolicy != ServerOptions::TlsPolicy::Off)
        features << "AUTH TLS"
                 << "AUTH SSL"
                 << "PBSZ"
                 << "PROT"; // RFC 4217 section 6
    std::sort(features.begin(), features.end());
    m_context.replyRaw(
        FtpProtocol::formatMultiLineReply(211, QStringLiteral("Features:"), features, QStringLiteral("End")));
}

void SessionCommands::opts(const FtpCommand& c)
{
    const QByteArray argument = c.argument.trimmed();
    const qsizetype space = argument.indexOf(' ');
    const QByteArray option = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray value = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (option == "UTF8" || option == "UTF-8") {
        // Names are always UTF-8 (RFC 2640); ON and OFF are both accepted.
        m_context.reply(200, QStringLiteral("Always in UTF8 mode."));
        return;
    }
    if (option == "MLST") {
        QSet<QByteArray> selected;
        QByteArray accepted;
        for (const QByteArray& fact : value.split(';')) {
            const QByteArray name = fact.trimmed().toLower();
            if (knownFacts().contains(name) && !selected.contains(name)) {
                selected.insert(name);
                accepted += name + ';';
            }
        }
        m_context.state().mlstFacts = selected;
        m_context.reply(200, QStringLiteral("MLST OPTS ") + QString::fromLatin1(accepted));
        return;
    }
    m_context.reply(501, QStringLiteral("Option not understood."));
}

void SessionCommands::help(const FtpCommand& c)
{
    if (!SessionContext::isBlank(c.argument)) {
        const QByteArray verb = c.argument.trimmed().toUpper();
        if (m_commands.contains(verb))
            m_context.reply(214, QStringLiteral("%1 is supported.").arg(QString::fromLatin1(verb)));
        else
            m_context.reply(502,
                            QStringLiteral("Unknown command %1.").arg(QString::fromLatin1(verb.left(16))));
        return;
    }
    QList<QByteArray> lines;
    QByteArray line;
    for (const QByteArray& verb : m_commands.verbs()) {
        line += verb.leftJustified(5, ' ');
        if (line.size() > 60) {
            lines.append(line.trimmed());
            line.clear();
        }
    }
    if (!line.isEmpty())
        lines.append(line.trimmed());
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(
        214, QStringLiteral("The following commands are recognized:"), lines, QStringLiteral("Help OK.")));
}

void SessionCommands::stat(const FtpCommand& c)
{
    if (!SessionContext::isBlank(c.argument)) {
        statOfPath(c);
        return;
    }
    const ServerSessionInfo& info = m_context.info();
    const ServerDataConnection* data = m_data.current();
    QList<QByteArray> lines;
    lines.append(QStringLiteral("Connected from %1").arg(info.address.toString()).toUtf8());
    lines.append(
        QStringLiteral("Logged in as %1 (%2)")
            .arg(info.user, info.readOnly ? QStringLiteral("read-only") : QStringLiteral("read-write"))
            .toUtf8());
    lines.append(QStringLiteral("TYPE: %1, STRUcture: File, MODE: Stream")
                     .arg(m_context.state().type == 'I' ? QStringLiteral("BINARY") : QStringLiteral("ASCII"))
                     .toUtf8());
    lines.append(data ? QStringLiteral("Data connection prepared (%1)")
                            .arg(data->isPassive() ? QStringLiteral("passive") : QStringLiteral("active"))
                            .toUtf8()
                      : QStringLiteral("No data connection").toUtf8());
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(211, QStringLiteral("Ferry FTP server status:"),
                                                         lines, QStringLiteral("End of status")));
}

void SessionCommands::statOfPath(const FtpCommand& c)
{
    const std::optional<QString> path = m_context.resolvePath(DirectoryListing::stripOptions(c.argument));
    if (!path) {
        m_context.reply(553, QStringLiteral("Invalid path."));
        return;
    }
    const DirectoryListing listing(m_context.fs(), *path, DirectoryListing::Wildcards::Literal);
    if (!listing.isValid()) {
        m_context.replyFsError(550, listing.error());
        return;
    }
    const QList<QByteArray> lines = listing.lines(DirectoryListing::Format::Unix, false, {},
                                                  QDateTime::currentDateTimeUtc(), MaxStatLines);
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(213, QStringLiteral("Status of %1:").arg(*path),
                                                         lines, QStringLiteral("End of status")));
}

void SessionCommands::type(const FtpCommand& c)
{
    const QByteArray type = c.argument.trimmed().toUpper();
    if (type == "I" || type == "L 8" || type == "L8") {
        m_context.state().type = 'I';
        m_context.reply(200, QStringLiteral("Switching to Binary mode."));
    } else if (type == "A" || type == "A N") {
        // Files still move byte for byte (as vsftpd does by default): no line-ending conversion.
        m_context.state().type = 'A';
        m_context.reply(200, QStringLiteral("Switching to ASCII mode."));
    } else {
        m_context.reply(504, QStringLiteral("Unsupported TYPE: only A and I."));
    }
}

void SessionCommands::mode(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "S")
        m_context.reply(200, QStringLiteral("Mode set to S."));
    else
        m_context.reply(504, QStringLiteral("Only stream mode (S) is supported."));
}

void SessionCommands::stru(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "F")
        m_context.reply(200, QStringLiteral("Structure set to F."));
    else
        m_context.reply(504, QStringLiteral("Only file structure (F) is supported."));
}

void SessionCommands::allo(const FtpCommand&)
{
    m_context.reply(202, QStringLiteral("ALLO not needed."));
}

void SessionCommands::rest(const FtpCommand& c)
{
    const QByteArray value = c.argument.trimmed();
    bool ok = value.size() <= 18;
    for (char ch : value)
        ok = ok && ch >= '0' && ch <= '9';
    const qint64 offset = ok ? value.toLongLong(&ok) : -1;
    if (!ok || offset < 0) {
        m_context.reply(501, QStringLiteral("REST needs a byte offset."));
        return;
    }
    m_context.state().restOffset = offset;
    m_context.reply(350,
                    QStringLiteral("Restarting at %1. Send STOR or RETR to start the transfer.").arg(offset));
}

} // namespace Ferry
