// `ferry ls` output while a listing arrives (app/listingformat.h: ListingPrinter).
#include "listingformat.h"

#include <QTest>

using Ferry::RemoteEntry;
using Ferry::Cli::ListingPrinter;
using Ferry::Cli::ListingStyle;

namespace {

RemoteEntry entry(const QString& name, qint64 size, RemoteEntry::Type type = RemoteEntry::Type::File)
{
    RemoteEntry e;
    e.name = name;
    e.size = size;
    e.type = type;
    e.permissions = QStringLiteral("rw-r--r--");
    e.modified = QDateTime(QDate(2024, 4, 2), QTime(8, 5), Qt::UTC);
    return e;
}

QList<RemoteEntry> numbered(int from, int count)
{
    QList<RemoteEntry> out;
    for (int i = from; i < from + count; ++i)
        out << entry(QStringLiteral("f%1").arg(i, 6, 10, QLatin1Char('0')), i);
    return out;
}

} // namespace

class TestListingPrinter : public QObject
{
    Q_OBJECT

private slots:
    void smallListingSortedAtTheEnd();
    void largeListingPrintedWhileItArrives();
    void longLinesAlignWhateverTheSplit();
};

void TestListingPrinter::smallListingSortedAtTheEnd()
{
    ListingPrinter printer(ListingStyle::Short);
    QVERIFY(printer.add({entry(QStringLiteral("b.txt"), 1), entry(QStringLiteral(".."), 0)}).isEmpty());
    QVERIFY(printer
                .add({entry(QStringLiteral("logs"), 0, RemoteEntry::Type::Directory),
                      entry(QStringLiteral("a.txt"), 2)})
                .isEmpty());
    QCOMPARE(printer.finish(), QStringLiteral("a.txt\nb.txt\nlogs/\n"));

    ListingPrinter longPrinter(ListingStyle::Long);
    QVERIFY(longPrinter.add({entry(QStringLiteral("b"), 12345), entry(QStringLiteral("a"), 7)}).isEmpty());
    const QStringList lines = longPrinter.finish().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("-rw-r--r--     7 ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("-rw-r--r-- 12345 ")), qPrintable(lines.at(1)));
}

void TestListingPrinter::largeListingPrintedWhileItArrives()
{
    // More than SortedUpTo: what was held goes out with the piece that passes the limit, every later
    // piece at once, in the order the server sent them.
    ListingPrinter printer(ListingStyle::Short);
    const int held = int(ListingPrinter::SortedUpTo);
    QVERIFY(printer.add(numbered(1000, held)).isEmpty());
    const QString first = printer.add(numbered(0, 10)); // sorts before the others: stays in server order
    QCOMPARE(first.count(QLatin1Char('\n')), held + 10);
    QVERIFY(first.startsWith(QLatin1String("f001000\n")));
    QVERIFY(first.endsWith(QLatin1String("f000009\n")));
    QCOMPARE(printer.add(numbered(50000, 3)), QStringLiteral("f050000\nf050001\nf050002\n"));
    QCOMPARE(printer.finish(), QString());
}

void TestListingPrinter::longLinesAlignWhateverTheSplit()
{
    ListingPrinter printer(ListingStyle::Long);
    QVERIFY(printer.add(numbered(0, int(ListingPrinter::SortedUpTo))).isEmpty());
    const QStringList lines =
        printer.add(numbered(123456789, 2)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Sizes right-aligned to ListingPrinter::SizeWidth characters, whichever piece they came in.
    QCOMPARE(lines.first().left(22), QStringLiteral("-rw-r--r--          0 "));
    QCOMPARE(lines.last().left(22), QStringLiteral("-rw-r--r--  123456790 "));
}

QTEST_APPLESS_MAIN(TestListingPrinter)
#include "tst_listingprinter.moc"
