#include "server/sessioncommands.h"

#include "server/commandtable.h"
#include "server/controlconnection.h"
#include "server/dataconnectionsetup.h"
#include "server/directorylisting.h"
#include "server/ftpcommand.h"
#include "server/listingformat.h"
#include "server/serverdataconnection.h"
#include "server/sessioncontext.h"

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
    m_context.reply(200, tr("NOOP ok."));
}

void SessionCommands::quit(const FtpCommand&)
{
    m_context.reply(221, tr("Goodbye."));
    m_context.control().close();
}

void SessionCommands::syst(const FtpCommand&)
{
    m_context.reply(215, QStringLiteral("UNIX Type: L8"));
}

void SessionCommands::feat(const FtpCommand&)
{
    // RFC 2389: exactly the extensions this server implements.
    const QList<QByteArray> features = {
        "EPRT", "EPSV",        "MDTM", "MLST " + ListingFormat::factsFeature(m_context.state().mlstFacts),
        "PASV", "REST STREAM", "SIZE", "TVFS",
        "UTF8",
    };
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(211, tr("Features:"), features, tr("End")));
}

void SessionCommands::opts(const FtpCommand& c)
{
    const QByteArray argument = c.argument.trimmed();
    const qsizetype space = argument.indexOf(' ');
    const QByteArray option = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray value = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (option == "UTF8" || option == "UTF-8") {
        // Names are always UTF-8 (RFC 2640); ON and OFF are both accepted.
        m_context.reply(200, tr("Always in UTF8 mode."));
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
    m_context.reply(501, tr("Option not understood."));
}

void SessionCommands::help(const FtpCommand& c)
{
    if (!SessionContext::isBlank(c.argument)) {
        const QByteArray verb = c.argument.trimmed().toUpper();
        if (m_commands.contains(verb))
            m_context.reply(214, tr("%1 is supported.").arg(QString::fromLatin1(verb)));
        else
            m_context.reply(502, tr("Unknown command %1.").arg(QString::fromLatin1(verb.left(16))));
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
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(214, tr("The following commands are recognized:"),
                                                         lines, tr("Help OK.")));
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
    lines.append(tr("Connected from %1").arg(info.address.toString()).toUtf8());
    lines.append(tr("Logged in as %1 (%2)")
                     .arg(info.user, info.readOnly ? tr("read-only") : tr("read-write"))
                     .toUtf8());
    lines.append(tr("TYPE: %1, STRUcture: File, MODE: Stream")
                     .arg(m_context.state().type == 'I' ? QStringLiteral("BINARY") : QStringLiteral("ASCII"))
                     .toUtf8());
    lines.append(data ? tr("Data connection prepared (%1)")
                            .arg(data->isPassive() ? tr("passive") : tr("active"))
                            .toUtf8()
                      : tr("No data connection").toUtf8());
    m_context.replyRaw(
        FtpProtocol::formatMultiLineReply(211, tr("Ferry FTP server status:"), lines, tr("End of status")));
}

void SessionCommands::statOfPath(const FtpCommand& c)
{
    const std::optional<QString> path = m_context.resolvePath(DirectoryListing::stripOptions(c.argument));
    if (!path) {
        m_context.reply(553, tr("Invalid path."));
        return;
    }
    const DirectoryListing listing(m_context.fs(), *path, DirectoryListing::Wildcards::Literal);
    if (!listing.isValid()) {
        m_context.replyFsError(550, listing.error());
        return;
    }
    const QList<QByteArray> lines = listing.lines(DirectoryListing::Format::Unix, false, {},
                                                  QDateTime::currentDateTimeUtc(), MaxStatLines);
    m_context.replyRaw(
        FtpProtocol::formatMultiLineReply(213, tr("Status of %1:").arg(*path), lines, tr("End of status")));
}

void SessionCommands::type(const FtpCommand& c)
{
    const QByteArray type = c.argument.trimmed().toUpper();
    if (type == "I" || type == "L 8" || type == "L8") {
        m_context.state().type = 'I';
        m_context.reply(200, tr("Switching to Binary mode."));
    } else if (type == "A" || type == "A N") {
        // Files still move byte for byte (as vsftpd does by default): no line-ending conversion.
        m_context.state().type = 'A';
        m_context.reply(200, tr("Switching to ASCII mode."));
    } else {
        m_context.reply(504, tr("Unsupported TYPE: only A and I."));
    }
}

void SessionCommands::mode(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "S")
        m_context.reply(200, tr("Mode set to S."));
    else
        m_context.reply(504, tr("Only stream mode (S) is supported."));
}

void SessionCommands::stru(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "F")
        m_context.reply(200, tr("Structure set to F."));
    else
        m_context.reply(504, tr("Only file structure (F) is supported."));
}

void SessionCommands::allo(const FtpCommand&)
{
    m_context.reply(202, tr("ALLO not needed."));
}

void SessionCommands::rest(const FtpCommand& c)
{
    const QByteArray value = c.argument.trimmed();
    bool ok = value.size() <= 18;
    for (char ch : value)
        ok = ok && ch >= '0' && ch <= '9';
    const qint64 offset = ok ? value.toLongLong(&ok) : -1;
    if (!ok || offset < 0) {
        m_context.reply(501, tr("REST needs a byte offset."));
        return;
    }
    m_context.state().restOffset = offset;
    m_context.reply(350, tr("Restarting at %1. Send STOR or RETR to start the transfer.").arg(offset));
}

} // namespace Ferry
