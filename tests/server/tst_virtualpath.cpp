#include "server/virtualpath.h"

#include <QTest>

using namespace Ferry;

class TestVirtualPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void helpers();
    void neverEscapesRoot_data();
    void neverEscapesRoot();
};

namespace {
const QString Refused = QStringLiteral("<refused>");
}

void TestVirtualPath::resolve_data()
{
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const QString& cwd, const QString& arg, const QString& expected) {
        QTest::newRow(name) << cwd << arg << expected;
    };
    const auto s = [](const char* text) {
        return QString::fromUtf8(text);
    };

    row("empty is cwd", s("/a/b"), s(""), s("/a/b"));
    row("root", s("/a"), s("/"), s("/"));
    row("relative", s("/"), s("a"), s("/a"));
    row("relative in folder", s("/a"), s("b"), s("/a/b"));
    row("absolute", s("/a"), s("/b/c"), s("/b/c"));
    row("dot dot", s("/a/b"), s(".."), s("/a"));
    row("dot dot to root", s("/a"), s("../.."), s("/"));
    row("dot dot clamps at root", s("/"), s("../../etc/passwd"), s("/etc/passwd"));
    row("absolute dot dot", s("/a"), s("/../../../etc"), s("/etc"));
    row("many dot dot", s("/a/b"), s("x/../../../../../../y"), s("/y"));
    row("dot dot between", s("/"), s("a/b/../c"), s("/a/c"));
    row("backslash dot dot", s("/a"), s("..\\..\\etc"), s("/etc"));
    row("backslash separator", s("/"), s("a\\b"), s("/a/b"));
    row("backslash absolute", s("/a"), s("\\b"), s("/b"));
    row("mixed separators", s("/"), s("a\\/..\\/b"), s("/b"));
    row("doubled separators", s("/"), s("a//b///c"), s("/a/b/c"));
    row("leading doubled", s("/x"), s("//a"), s("/a"));
    row("dots", s("/"), s("./a/./b/."), s("/a/b"));
    row("trailing slash", s("/"), s("a/"), s("/a"));
    row("percent literal", s("/"), s("%2e%2e/x"), s("/%2e%2e/x"));
    row("percent slash literal", s("/"), s("a%2fb"), s("/a%2fb"));
    row("percent alone", s("/"), s("100%"), s("/100%"));
    row("three dots is a name", s("/"), s("..."), s("/..."));
    row("dot dot prefix is a name", s("/"), s("..a"), s("/..a"));
    row("spaces kept", s("/"), s(" a b "), s("/ a b "));
    row("tilde literal", s("/x"), s("~"), s("/x/~"));
    row("unicode", s("/"), s("Ünïcödé/日本"), s("/Ünïcödé/日本"));
    row("cwd normalised too", s("/a/../b"), s("c"), s("/b/c"));
    row("LF refused", s("/"), s("a\nb"), Refused);
    row("CR refused", s("/"), s("a\rb"), Refused);
    row("NUL refused", s("/"), s("a") + QChar(0) + s("b"), Refused);
    row("control refused", s("/"), s("a\x01"), Refused);
    row("DEL refused", s("/"), s("a\x7f"), Refused);
    row("255 chars ok", s("/"), QString(255, u'x'), s("/") + QString(255, u'x'));
    row("256 chars refused", s("/"), QString(256, u'x'), Refused);
}

void TestVirtualPath::resolve()
{
    QFETCH(QString, cwd);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    const std::optional<QString> result = VirtualPath::resolve(cwd, argument);
    if (expected == Refused) {
        QVERIFY2(!result, qPrintable(result.value_or(QString())));
        return;
    }
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

void TestVirtualPath::helpers()
{
    QCOMPARE(VirtualPath::parent(QStringLiteral("/a/b")), QStringLiteral("/a"));
    QCOMPARE(VirtualPath::parent(QStringLiteral("/a")), QStringLiteral("/"));
    QCOMPARE(VirtualPath::parent(QStringLiteral("/")), QStringLiteral("/"));
    QCOMPARE(VirtualPath::fileName(QStringLiteral("/a/b")), QStringLiteral("b"));
    QCOMPARE(VirtualPath::fileName(QStringLiteral("/")), QString());
    QCOMPARE(VirtualPath::join(QStringLiteral("/"), QStringLiteral("b")), QStringLiteral("/b"));
    QCOMPARE(VirtualPath::join(QStringLiteral("/a"), QStringLiteral("b")), QStringLiteral("/a/b"));
    QVERIFY(VirtualPath::isRoot(QStringLiteral("/")));
    QVERIFY(!VirtualPath::isRoot(QStringLiteral("/a")));
    QVERIFY(VirtualPath::isSameOrBelow(QStringLiteral("/a/b"), QStringLiteral("/a")));
    QVERIFY(VirtualPath::isSameOrBelow(QStringLiteral("/a"), QStringLiteral("/a")));
    QVERIFY(!VirtualPath::isSameOrBelow(QStringLiteral("/ab"), QStringLiteral("/a")));
    QVERIFY(VirtualPath::isSameOrBelow(QStringLiteral("/x"), QStringLiteral("/")));
    QVERIFY(VirtualPath::isValidName(QStringLiteral("a.txt")));
    QVERIFY(!VirtualPath::isValidName(QStringLiteral("..")));
    QVERIFY(!VirtualPath::isValidName(QStringLiteral("a/b")));
    QVERIFY(!VirtualPath::isValidName(QStringLiteral("a\\b")));
    QVERIFY(!VirtualPath::isValidName(QString()));
    QCOMPARE(VirtualPath::normalize(QStringLiteral("a/b/")), std::optional<QString>(QStringLiteral("/a/b")));
}

void TestVirtualPath::neverEscapesRoot_data()
{
    QTest::addColumn<QString>("argument");
    // Random mixes of traversal pieces: whatever comes out is a normal absolute path.
    const QStringList pieces = {QStringLiteral(".."), QStringLiteral("."),   QStringLiteral("/"),
                                QStringLiteral("\\"), QStringLiteral("a"),   QStringLiteral("%2e"),
                                QStringLiteral("//"), QStringLiteral("..\\")};
    quint32 seed = 12345;
    for (int i = 0; i < 200; ++i) {
        QString arg;
        for (int k = 0; k < 8; ++k) {
            seed = seed * 1103515245u + 12345u;
            arg += pieces.at(int((seed >> 16) % quint32(pieces.size())));
        }
        QTest::newRow(qPrintable(QString::number(i))) << arg;
    }
}

void TestVirtualPath::neverEscapesRoot()
{
    QFETCH(QString, argument);
    const std::optional<QString> result = VirtualPath::resolve(QStringLiteral("/a/b"), argument);
    QVERIFY(result);
    QVERIFY(result->startsWith(QLatin1Char('/')));
    QVERIFY(!result->contains(QLatin1Char('\\')));
    QVERIFY(!result->contains(QLatin1String("//")));
    const QStringList parts = result->split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QVERIFY(!parts.contains(QStringLiteral("..")));
    QVERIFY(!parts.contains(QStringLiteral(".")));
    QVERIFY(*result == QLatin1String("/") || !result->endsWith(QLatin1Char('/')));
}

QTEST_GUILESS_MAIN(TestVirtualPath)
#include "tst_virtualpath.moc"
