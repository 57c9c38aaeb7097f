// The server's command-line reader and command parser (core/server/ftpcommand): any bytes a client
// sends, split any way, with any line limit; and the reply formatters, which must never let text
// (a file name, a client's argument) end a reply early or inject one.
#include "fuzzcheck.h"
#include "protocol/ftpreply.h"
#include "server/ftpcommand.h"

using Ferry::CommandLineReader;
using Ferry::FtpCommand;
namespace FtpProtocol = Ferry::FtpProtocol;

namespace {

QList<CommandLineReader::Line> readLines(const QList<QByteArray>& pieces, qsizetype limit)
{
    CommandLineReader reader(limit);
    QList<CommandLineReader::Line> lines;
    for (const QByteArray& piece : pieces) {
        reader.feed(piece);
        FUZZ_CHECK(reader.pendingBytes() <= reader.maxLineLength() + 1);
        while (std::optional<CommandLineReader::Line> line = reader.next())
            lines.append(std::move(*line));
        FUZZ_CHECK(!reader.hasLine());
    }
    return lines;
}

void checkSingleReply(const QByteArray& wire, int code)
{
    Ferry::ReplyReader reader;
    const QList<Ferry::FtpReply> replies = reader.feed(wire);
    FUZZ_CHECK(!reader.hasError());
    FUZZ_CHECK(!reader.hasPartialReply());
    FUZZ_CHECK(replies.size() == 1);
    FUZZ_CHECK(replies.first().code == code);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the line limit: 16 to 143 bytes, or the server's default of 512.
    const qsizetype limit = data[0] < 128 ? 16 + data[0] : 512;
    const QByteArray input = FerryFuzz::rawBytes(data + 1, size - 1);

    const QList<CommandLineReader::Line> lines = readLines({input}, limit);
    const QList<CommandLineReader::Line> split = readLines(FerryFuzz::chunks(input, data[0]), limit);
    FUZZ_CHECK(lines.size() == split.size());
    FUZZ_CHECK(lines.size() <= input.count('\n'));

    const qsizetype effectiveLimit = CommandLineReader(limit).maxLineLength();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CommandLineReader::Line& line = lines.at(i);
        FUZZ_CHECK(line.text == split.at(i).text && line.tooLong == split.at(i).tooLong);
        FUZZ_CHECK(line.text.size() <= effectiveLimit);
        FUZZ_CHECK(!line.text.contains('\n'));
        FUZZ_CHECK(!line.tooLong || line.text.isEmpty());

        const FtpCommand command = FtpProtocol::parseCommand(line.text);
        if (command.isValid()) {
            FUZZ_CHECK(command.verb.size() >= 1 && command.verb.size() <= 8);
            for (char c : command.verb)
                FUZZ_CHECK(c >= 'A' && c <= 'Z');
            FUZZ_CHECK(command.hasArgument || command.argument.isEmpty());
            FUZZ_CHECK(line.text.endsWith(command.argument));
        }
    }

    // Whatever the text, a formatted reply is exactly one reply on the wire.
    const QString text = QString::fromUtf8(input);
    checkSingleReply(FtpProtocol::formatReply(550, text), 550);
    checkSingleReply(FtpProtocol::formatMultiLineReply(211, text, input.split('\n'), text), 211);
    const QString quoted = FtpProtocol::quotePath(text);
    FUZZ_CHECK(quoted.startsWith(QLatin1Char('"')) && quoted.endsWith(QLatin1Char('"')));
    return 0;
}
