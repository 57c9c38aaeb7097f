#include "server/dataconnectionsetup.h"

#include "protocol/dataaddress.h"
#include "server/controlconnection.h"
#include "server/ftpcommand.h"
#include "server/serverdataconnection.h"
#include "server/sessioncontext.h"

namespace Ferry {

DataConnectionSetup::DataConnectionSetup(SessionContext& context) : m_context(context) {}

DataConnectionSetup::~DataConnectionSetup()
{
    discard();
}

void DataConnectionSetup::discard()
{
    if (m_data) {
        m_data->disconnect();
        m_data->abort();
        m_data->deleteLater();
    }
    m_data = nullptr;
}

ServerDataConnection* DataConnectionSetup::create()
{
    discard();
    m_data = new ServerDataConnection(m_context.options().chunkSize, &m_context);
    QObject::connect(m_data, &ServerDataConnection::rejectedPeer, &m_context,
                     [this](const QHostAddress& address, quint16 port) {
                         m_context.log(
                             ServerLogEntry::Level::Warning,
                             tr("Refused a data connection from %1 port %2: not the client's address")
                                 .arg(address.toString())
                                 .arg(port));
                     });
    return m_data;
}

bool DataConnectionSetup::refusedByEpsvAll()
{
    if (!m_context.state().epsvAll)
        return false;
    m_context.reply(503, QStringLiteral("EPSV ALL is in effect: use EPSV."));
    return true;
}

bool DataConnectionSetup::isAllowedActiveTarget(const HostPort& target)
{
    // RFC 2577: data connections only to the client itself (no bounce attacks) and not to privileged ports.
    if (!sameHost(target.address, m_context.info().address)) {
        m_context.log(ServerLogEntry::Level::Warning,
                      tr("Refused an active data connection to %1: not the client's address")
                          .arg(target.address.toString()));
        m_context.reply(501, QStringLiteral("Data connections go only to the client's own address."));
        return false;
    }
    if (target.port < 1024) {
        m_context.log(ServerLogEntry::Level::Warning,
                      tr("Refused an active data connection to port %1").arg(target.port));
        m_context.reply(504, QStringLiteral("Data connections to ports below 1024 are refused."));
        return false;
    }
    return true;
}

void DataConnectionSetup::port(const FtpCommand& c)
{
    if (refusedByEpsvAll())
        return;
    const ControlConnection& control = m_context.control();
    if (control.isIpv6()) {
        m_context.reply(501, QStringLiteral("PORT is for IPv4: use EPRT."));
        return;
    }
    const std::optional<HostPort> target = DataAddress::parsePortArgument(c.argument);
    if (!target) {
        m_context.reply(501, QStringLiteral("Syntax error in PORT: expected h1,h2,h3,h4,p1,p2."));
        return;
    }
    if (!isAllowedActiveTarget(*target))
        return;
    create()->setActiveTarget(control.localAddress(), *target);
    m_context.reply(200, QStringLiteral("PORT command successful."));
}

void DataConnectionSetup::eprt(const FtpCommand& c)
{
    if (refusedByEpsvAll())
        return;
    const ControlConnection& control = m_context.control();
    const std::optional<HostPort> target = DataAddress::parseEprtArgument(c.argument);
    if (!target) {
        m_context.reply(
            501, QStringLiteral("Syntax error in EPRT: expected |1|address|port| or |2|address|port|."));
        return;
    }
    const bool targetV6 = plainAddress(target->address).protocol() == QAbstractSocket::IPv6Protocol;
    if (targetV6 != control.isIpv6()) {
        m_context.reply(522, control.isIpv6() ? QStringLiteral("Network protocol not supported, use (2)")
                                              : QStringLiteral("Network protocol not supported, use (1)"));
        return;
    }
    if (!isAllowedActiveTarget(*target))
        return;
    create()->setActiveTarget(control.localAddress(), *target);
    m_context.reply(200, QStringLiteral("EPRT command successful."));
}

void DataConnectionSetup::pasv(const FtpCommand&)
{
    if (refusedByEpsvAll())
        return;
    const ControlConnection& control = m_context.control();
    if (control.isIpv6()) {
        m_context.reply(501, QStringLiteral("PASV is for IPv4: use EPSV."));
        return;
    }
    const ServerOptions& options = m_context.options();
    const QHostAddress local = control.localAddress();
    QString error;
    const quint16 port = create()->listen(local, options.passivePortMin, options.passivePortMax,
                                          m_context.info().address, &error);
    if (port == 0) {
        m_context.log(ServerLogEntry::Level::Error, error);
        discard();
        m_context.reply(425, QStringLiteral("Cannot open a passive connection."));
        return;
    }
    const QHostAddress announced =
        !options.passiveAddress.isNull() && options.passiveAddress.protocol() == QAbstractSocket::IPv4Protocol
            ? options.passiveAddress
            : local;
    // Exactly "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)": NetX Duo clients need five commas and no
    // digit between the code and h1.
    m_context.reply(227, QStringLiteral("Entering Passive Mode (%1)")
                             .arg(QString::fromLatin1(DataAddress::formatPortArgument(announced, port))));
}

void DataConnectionSetup::epsv(const FtpCommand& c)
{
    const QByteArray argument = c.argument.trimmed().toUpper();
    if (argument == "ALL") {
        m_context.state().epsvAll = true;
        m_context.reply(200, QStringLiteral("EPSV ALL ok."));
        return;
    }
    const ControlConnection& control = m_context.control();
    if (!argument.isEmpty()) {
        const QByteArray wanted = control.isIpv6() ? "2" : "1";
        if (argument != wanted) {
            m_context.reply(
                522,
                QStringLiteral("Network protocol not supported, use (%1)").arg(QString::fromLatin1(wanted)));
            return;
        }
    }
    const ServerOptions& options = m_context.options();
    QString error;
    const quint16 port = create()->listen(control.localAddress(), options.passivePortMin,
                                          options.passivePortMax, m_context.info().address, &error);
    if (port == 0) {
        m_context.log(ServerLogEntry::Level::Error, error);
        discard();
        m_context.reply(425, QStringLiteral("Cannot open a passive connection."));
        return;
    }
    m_context.reply(229, QStringLiteral("Entering Extended Passive Mode (|||%1|)").arg(port));
}

} // namespace Ferry
