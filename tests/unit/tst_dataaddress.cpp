#include "protocol/dataaddress.h"

#include <QTest>

namespace DataAddress = Ferry::DataAddress;
using Ferry::HostPort;

class TestDataAddress : public QObject
{
    Q_OBJECT

private slots:
    void pasv_data();
    void pasv();
    void epsv_data();
    void epsv();
    void formatPort_data();
    void formatPort();
    void parsePort_data();
    void parsePort();
    void formatEprt_data();
    void formatEprt();
    void parseEprt_data();
    void parseEprt();
    void pasvReplyText();
    void roundTrips();
    void noCrashOnJunk();
};

void TestDataAddress::pasv_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    auto ok = [](const char* name, const char* text, const char* address, int port) {
        QTest::newRow(name) << QByteArray(text) << true << QString::fromLatin1(address) << port;
    };
    auto bad = [](const char* name, const char* text) {
        QTest::newRow(name) << QByteArray(text) << false << QString() << 0;
    };

    ok("rfc 959", "Entering Passive Mode (192,168,1,10,195,80).", "192.168.1.10", 195 * 256 + 80);
    ok("netx duo", "Entering Passive Mode (10,0,0,7,4,1).", "10.0.0.7", 1025);
    ok("with the code", "227 Entering Passive Mode (127,0,0,1,4,1)", "127.0.0.1", 1025);
    ok("no parentheses", "Entering Passive Mode 127,0,0,1,4,1", "127.0.0.1", 1025);
    ok("no parentheses, with the code", "227 Entering Passive Mode 127,0,0,1,4,1", "127.0.0.1", 1025);
    ok("vsftpd", "Entering Passive Mode (192,168,0,5,117,48).", "192.168.0.5", 117 * 256 + 48);
    ok("proftpd", "Entering Passive Mode (10,1,2,3,196,245).", "10.1.2.3", 196 * 256 + 245);
    ok("pure-ftpd", "Entering Passive Mode (172,16,0,1,39,17)", "172.16.0.1", 39 * 256 + 17);
    ok("iis, no dot", "Entering Passive Mode (192,168,100,2,19,137)", "192.168.100.2", 19 * 256 + 137);
    ok("zero padded", "Entering Passive Mode (192,168,001,010,195,080).", "192.168.1.10", 195 * 256 + 80);
    ok("spaces after commas", "Entering Passive Mode (192, 168, 1, 10, 195, 80)", "192.168.1.10",
       195 * 256 + 80);
    ok("equals sign", "Entering Passive Mode =192,168,1,10,195,80", "192.168.1.10", 195 * 256 + 80);
    ok("all-zero address is returned as is", "Entering Passive Mode (0,0,0,0,4,1)", "0.0.0.0", 1025);
    ok("highest port", "Entering Passive Mode (1,2,3,4,255,255)", "1.2.3.4", 65535);
    ok("lowest port", "Entering Passive Mode (1,2,3,4,0,1)", "1.2.3.4", 1);
    ok("a shorter number list before it", "Entering Passive Mode v2,0 (1,2,3,4,5,6)", "1.2.3.4", 5 * 256 + 6);
    ok("trailing text", "Entering Passive Mode (1,2,3,4,5,6). Have fun, 2 of 3 slots free", "1.2.3.4",
       5 * 256 + 6);

    bad("empty", "");
    bad("no numbers", "Entering Passive Mode");
    bad("five numbers", "Entering Passive Mode (192,168,1,10,195)");
    bad("seven numbers", "Entering Passive Mode (192,168,1,10,195,80,1)");
    bad("field over 255", "Entering Passive Mode (192,168,1,256,195,80)");
    bad("port byte over 255", "Entering Passive Mode (192,168,1,10,300,80)");
    bad("huge field", "Entering Passive Mode (192,168,1,10,99999999999999999999999,80)");
    bad("port zero", "Entering Passive Mode (192,168,1,10,0,0)");
    bad("negative", "Entering Passive Mode (192,168,-1,10,195,80)");
    bad("empty field", "Entering Passive Mode (192,168,,10,195,80)");
    bad("ipv6 text", "Entering Extended Passive Mode (|||6446|)");
}

void TestDataAddress::pasv()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);
    const std::optional<HostPort> result = DataAddress::parsePasvReply(text);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(result->address, QHostAddress(address));
        QCOMPARE(result->address.protocol(), QAbstractSocket::IPv4Protocol);
        QCOMPARE(int(result->port), port);
    }
}

void TestDataAddress::epsv_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("port"); // 0: invalid

    QTest::newRow("rfc 2428") << QByteArray("Entering Extended Passive Mode (|||6446|)") << 6446;
    QTest::newRow("netx duo") << QByteArray("229 Entering Extended Passive Mode (|||50000|)") << 50000;
    QTest::newRow("with trailing dot") << QByteArray("Entering Extended Passive Mode (|||6446|).") << 6446;
    QTest::newRow("delimiter !") << QByteArray("Entering Extended Passive Mode (!!!6446!)") << 6446;
    QTest::newRow("delimiter ~") << QByteArray("Entering Extended Passive Mode (~~~1~)") << 1;
    QTest::newRow("delimiter #") << QByteArray("Entering Extended Passive Mode (###65535#)") << 65535;
    QTest::newRow("no parentheses") << QByteArray("Entering Extended Passive Mode |||6446|") << 6446;
    QTest::newRow("leading zero") << QByteArray("(|||06446|)") << 6446;

    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("no port") << QByteArray("Entering Extended Passive Mode (||||)") << 0;
    QTest::newRow("port zero") << QByteArray("Entering Extended Passive Mode (|||0|)") << 0;
    QTest::newRow("port too big") << QByteArray("Entering Extended Passive Mode (|||65536|)") << 0;
    QTest::newRow("port far too big") << QByteArray("Entering Extended Passive Mode (|||999999999|)") << 0;
    QTest::newRow("mixed delimiters") << QByteArray("Entering Extended Passive Mode (|!|6446|)") << 0;
    QTest::newRow("closing delimiter differs")
        << QByteArray("Entering Extended Passive Mode (|||6446!)") << 0;
    QTest::newRow("two delimiters") << QByteArray("Entering Extended Passive Mode (||6446|)") << 0;
    QTest::newRow("space delimiter (32 is outside 33..126)")
        << QByteArray("Entering Extended Passive Mode (   6446 )") << 0;
    QTest::newRow("DEL delimiter") << QByteArray("(\x7f\x7f\x7f"
                                                 "6446\x7f)")
                                   << 0;
    QTest::newRow("pasv text") << QByteArray("Entering Passive Mode (1,2,3,4,5,6)") << 0;
}

void TestDataAddress::epsv()
{
    QFETCH(QByteArray, text);
    QFETCH(int, port);
    const std::optional<quint16> result = DataAddress::parseEpsvReply(text);
    QCOMPARE(result.has_value(), port != 0);
    if (result)
        QCOMPARE(int(*result), port);
}

void TestDataAddress::formatPort_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << 1025 << QByteArray("127,0,0,1,4,1");
    QTest::newRow("lan") << QStringLiteral("192.168.1.10") << 50000 << QByteArray("192,168,1,10,195,80");
    QTest::newRow("port 1") << QStringLiteral("10.0.0.1") << 1 << QByteArray("10,0,0,1,0,1");
    QTest::newRow("port 65535") << QStringLiteral("10.0.0.1") << 65535 << QByteArray("10,0,0,1,255,255");
    QTest::newRow("ipv4-mapped ipv6")
        << QStringLiteral("::ffff:127.0.0.1") << 1025 << QByteArray("127,0,0,1,4,1");
    QTest::newRow("ipv6 is refused") << QStringLiteral("::1") << 1025 << QByteArray();
    QTest::newRow("null address is refused") << QString() << 1025 << QByteArray();
}

void TestDataAddress::formatPort()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QByteArray, expected);
    QCOMPARE(DataAddress::formatPortArgument(QHostAddress(address), quint16(port)), expected);
}

void TestDataAddress::parsePort_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QString>("address"); // empty: invalid
    QTest::addColumn<int>("port");

    QTest::newRow("plain") << QByteArray("192,168,1,10,195,80") << QStringLiteral("192.168.1.10") << 50000;
    QTest::newRow("netx zero padded, decimal not octal")
        << QByteArray("192,168,001,010,195,080") << QStringLiteral("192.168.1.10") << 50000;
    QTest::newRow("surrounding spaces")
        << QByteArray("  127,0,0,1,4,1 ") << QStringLiteral("127.0.0.1") << 1025;
    QTest::newRow("all padded") << QByteArray("010,000,000,001,000,021") << QStringLiteral("10.0.0.1") << 21;

    QTest::newRow("empty") << QByteArray() << QString() << 0;
    QTest::newRow("five fields") << QByteArray("192,168,1,10,195") << QString() << 0;
    QTest::newRow("seven fields") << QByteArray("192,168,1,10,195,80,1") << QString() << 0;
    QTest::newRow("field 256") << QByteArray("192,168,1,256,195,80") << QString() << 0;
    QTest::newRow("port zero") << QByteArray("192,168,1,10,0,0") << QString() << 0;
    QTest::newRow("four digits") << QByteArray("192,168,1,0010,195,80") << QString() << 0;
    QTest::newRow("empty field") << QByteArray("192,168,,10,195,80") << QString() << 0;
    QTest::newRow("sign") << QByteArray("192,168,+1,10,195,80") << QString() << 0;
    QTest::newRow("inner space") << QByteArray("192, 168,1,10,195,80") << QString() << 0;
    QTest::newRow("dotted") << QByteArray("192.168.1.10,195,80") << QString() << 0;
    QTest::newRow("hex") << QByteArray("0xc0,168,1,10,195,80") << QString() << 0;
}

void TestDataAddress::parsePort()
{
    QFETCH(QByteArray, argument);
    QFETCH(QString, address);
    QFETCH(int, port);
    const std::optional<HostPort> result = DataAddress::parsePortArgument(argument);
    QCOMPARE(result.has_value(), !address.isEmpty());
    if (result) {
        QCOMPARE(result->address, QHostAddress(address));
        QCOMPARE(int(result->port), port);
    }
}

void TestDataAddress::formatEprt_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("rfc 2428 ipv4") << QStringLiteral("132.235.1.2") << 6275
                                   << QByteArray("|1|132.235.1.2|6275|");
    QTest::newRow("ipv4-mapped uses |1|")
        << QStringLiteral("::ffff:132.235.1.2") << 6275 << QByteArray("|1|132.235.1.2|6275|");
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << 6275 << QByteArray("|2|::1|6275|");
    QTest::newRow("rfc 2428 ipv6") << QStringLiteral("1080::8:800:200C:417A") << 5282
                                   << QByteArray("|2|1080::8:800:200c:417a|5282|");
    QTest::newRow("zone id dropped") << QStringLiteral("fe80::1%lo") << 21 << QByteArray("|2|fe80::1|21|");
    QTest::newRow("null") << QString() << 21 << QByteArray();
}

void TestDataAddress::formatEprt()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QByteArray, expected);
    QCOMPARE(DataAddress::formatEprtArgument(QHostAddress(address), quint16(port)), expected);
}

void TestDataAddress::parseEprt_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QString>("address"); // empty: invalid
    QTest::addColumn<int>("port");

    QTest::newRow("rfc 2428 ipv4") << QByteArray("|1|132.235.1.2|6275|") << QStringLiteral("132.235.1.2")
                                   << 6275;
    QTest::newRow("rfc 2428 ipv6") << QByteArray("|2|1080::8:800:200C:417A|5282|")
                                   << QStringLiteral("1080::8:800:200c:417a") << 5282;
    QTest::newRow("netx fully expanded upper case")
        << QByteArray("|2|FE80:0000:0000:0000:0211:22FF:FE33:4455|50000|")
        << QStringLiteral("fe80::211:22ff:fe33:4455") << 50000;
    QTest::newRow("other delimiter") << QByteArray("!1!10.0.0.1!21!") << QStringLiteral("10.0.0.1") << 21;
    QTest::newRow("delimiter ~") << QByteArray("~2~::1~21~") << QStringLiteral("::1") << 21;
    QTest::newRow("ipv4-mapped in |2|")
        << QByteArray("|2|::ffff:10.0.0.1|21|") << QStringLiteral("::ffff:10.0.0.1") << 21;
    QTest::newRow("surrounding spaces")
        << QByteArray(" |1|10.0.0.1|21| ") << QStringLiteral("10.0.0.1") << 21;

    QTest::newRow("empty") << QByteArray() << QString() << 0;
    QTest::newRow("protocol 3") << QByteArray("|3|10.0.0.1|21|") << QString() << 0;
    QTest::newRow("ipv6 as |1|") << QByteArray("|1|::1|21|") << QString() << 0;
    QTest::newRow("ipv4 as |2|") << QByteArray("|2|10.0.0.1|21|") << QString() << 0;
    QTest::newRow("short ipv4") << QByteArray("|1|10.1|21|") << QString() << 0;
    QTest::newRow("ipv4 field 256") << QByteArray("|1|10.0.0.256|21|") << QString() << 0;
    QTest::newRow("port zero") << QByteArray("|1|10.0.0.1|0|") << QString() << 0;
    QTest::newRow("port 65536") << QByteArray("|1|10.0.0.1|65536|") << QString() << 0;
    QTest::newRow("missing last delimiter") << QByteArray("|1|10.0.0.1|21") << QString() << 0;
    QTest::newRow("mixed delimiters") << QByteArray("|1!10.0.0.1|21|") << QString() << 0;
    QTest::newRow("extra field") << QByteArray("|1|10.0.0.1|21|x|") << QString() << 0;
    QTest::newRow("zone id") << QByteArray("|2|fe80::1%eth0|21|") << QString() << 0;
    QTest::newRow("host name") << QByteArray("|1|example.com|21|") << QString() << 0;
    QTest::newRow("digit delimiter") << QByteArray("1110.0.0.11211") << QString() << 0;
    QTest::newRow("space delimiter") << QByteArray(" 1 10.0.0.1 21 ") << QString() << 0;
}

void TestDataAddress::parseEprt()
{
    QFETCH(QByteArray, argument);
    QFETCH(QString, address);
    QFETCH(int, port);
    const std::optional<HostPort> result = DataAddress::parseEprtArgument(argument);
    QCOMPARE(result.has_value(), !address.isEmpty());
    if (result) {
        QCOMPARE(result->address, QHostAddress(address));
        QCOMPARE(int(result->port), port);
    }
}

void TestDataAddress::pasvReplyText()
{
    QCOMPARE(DataAddress::formatPasvReplyText(QHostAddress(QStringLiteral("192.168.1.10")), 50000),
             QByteArray("Entering Passive Mode (192,168,1,10,195,80)."));
    QCOMPARE(DataAddress::formatPasvReplyText(QHostAddress(QStringLiteral("::ffff:10.0.0.1")), 1025),
             QByteArray("Entering Passive Mode (10,0,0,1,4,1)."));
    QVERIFY(DataAddress::formatPasvReplyText(QHostAddress(QStringLiteral("::1")), 1025).isEmpty());
}

void TestDataAddress::roundTrips()
{
    const QList<QHostAddress> v4{
        QHostAddress(QStringLiteral("0.0.0.1")), QHostAddress(QStringLiteral("127.0.0.1")),
        QHostAddress(QStringLiteral("255.255.255.255")), QHostAddress(QStringLiteral("10.20.30.40"))};
    for (const QHostAddress& a : v4) {
        for (int port : {1, 255, 256, 1025, 50000, 65535}) {
            const QByteArray pasvText = "227 " + DataAddress::formatPasvReplyText(a, quint16(port));
            const std::optional<HostPort> fromPasv = DataAddress::parsePasvReply(pasvText);
            QVERIFY(fromPasv);
            QCOMPARE(fromPasv->address, a);
            QCOMPARE(int(fromPasv->port), port);

            const std::optional<HostPort> fromPort =
                DataAddress::parsePortArgument(DataAddress::formatPortArgument(a, quint16(port)));
            QVERIFY(fromPort);
            QCOMPARE(fromPort->address, a);
            QCOMPARE(int(fromPort->port), port);

            const std::optional<HostPort> fromEprt =
                DataAddress::parseEprtArgument(DataAddress::formatEprtArgument(a, quint16(port)));
            QVERIFY(fromEprt);
            QCOMPARE(fromEprt->address, a);
            QCOMPARE(int(fromEprt->port), port);
        }
    }
    for (const char* text : {"::1", "2001:db8::8a2e:370:7334", "fe80::1:2:3:4"}) {
        const QHostAddress a{QString::fromLatin1(text)};
        const std::optional<HostPort> fromEprt =
            DataAddress::parseEprtArgument(DataAddress::formatEprtArgument(a, 2121));
        QVERIFY(fromEprt);
        QCOMPARE(fromEprt->address, a);
        QCOMPARE(int(fromEprt->port), 2121);
    }
}

void TestDataAddress::noCrashOnJunk()
{
    // Deterministic pseudo-random inputs made of the characters that matter to these parsers.
    const QByteArray alphabet = "0123456789,|!()., 2:abcdef%\xff";
    quint32 state = 12345;
    for (int i = 0; i < 20000; ++i) {
        QByteArray s;
        const int len = int(state % 40);
        for (int j = 0; j < len; ++j) {
            state = state * 1103515245u + 12345u;
            s.append(alphabet.at(int((state >> 16) % quint32(alphabet.size()))));
        }
        state = state * 1103515245u + 12345u;
        if (const auto r = DataAddress::parsePasvReply(s))
            QVERIFY(r->port != 0);
        if (const auto r = DataAddress::parseEpsvReply(s))
            QVERIFY(*r != 0);
        if (const auto r = DataAddress::parsePortArgument(s))
            QVERIFY(r->port != 0);
        if (const auto r = DataAddress::parseEprtArgument(s))
            QVERIFY(r->port != 0 && !r->address.isNull());
    }
}

QTEST_APPLESS_MAIN(TestDataAddress)
#include "tst_dataaddress.moc"
