#include "protocol/mlstreply.h"

#include "protocol/listingparser.h"

#include <cctype>

namespace Ferry {

namespace {

// RFC 3659 7.5: a fact name is printable ASCII without space, ';' or '='.
bool isFactName(const QByteArray& fact)
{
    if (fact.isEmpty())
        return false;
    for (char c : fact) {
        if (c <= ' ' || c >= 0x7f || c == ';' || c == '=' || c == '*')
            return false;
    }
    return true;
}

bool startsWithReplyCode(const QByteArray& line)
{
    return line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line.at(0))) &&
           std::isdigit(static_cast<unsigned char>(line.at(1))) &&
           std::isdigit(static_cast<unsigned char>(line.at(2))) &&
           (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '-');
}

// "Type=cdir;..." and "type=pdir" (the folder itself, as some servers name it in MLST) become "type=dir":
// the MLSD parser leaves such entries out of listings.
QByteArray folderTypeAsDir(const QByteArray& line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray facts = space < 0 ? line : line.left(space);
    const QByteArray lower = facts.toLower();
    for (const char* type : {"type=cdir", "type=pdir"}) {
        const qsizetype at = lower.indexOf(type);
        if (at >= 0 && (at == 0 || lower.at(at - 1) == ';'))
            return QByteArray(line).replace(at, qsizetype(qstrlen(type)), "type=dir");
    }
    return line;
}

} // namespace

std::optional<RemoteEntry> parseMlstReply(const FtpReply& reply, PathEncoding encoding)
{
    if (!reply.isCompletion())
        return std::nullopt;
    // The fact line sits between the first and the last line and starts with a space; servers that
    // leave the space out are read too.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QByteArray line = reply.lines.at(i);
        if (line.startsWith(' '))
            line = line.mid(1);
        else if (startsWithReplyCode(line))
            continue;
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<RemoteEntry> entry = ListingParser::parseMlsdLine(folderTypeAsDir(line), encoding))
            return entry;
    }
    return std::nullopt;
}

QByteArray mlstFactsSelection(const QByteArray& featParameters, const QList<QByteArray>& wanted)
{
    QByteArray selection;
    bool adds = false;
    for (QByteArray fact : featParameters.split(';')) {
        fact = fact.trimmed();
        const bool current = fact.endsWith('*');
        if (current)
            fact.chop(1);
        if (!isFactName(fact))
            continue; // not a fact (RFC 3659 7.5: printable, no space): never sent back in OPTS MLST
        if (current) {
            selection += fact + ';';
            continue;
        }
        for (const QByteArray& name : wanted) {
            if (fact.compare(name, Qt::CaseInsensitive) == 0) {
                selection += fact + ';';
                adds = true;
                break;
            }
        }
    }
    return adds ? selection : QByteArray();
}

} // namespace Ferry
