// The client's reply reader (core/protocol/ftpreply): any bytes from a server, split any way.
#include "fuzzcheck.h"
#include "protocol/ftpreply.h"

using Ferry::FtpReply;
using Ferry::ReplyReader;

namespace {

struct Outcome
{
    QList<FtpReply> replies;
    bool error = false;
    bool partial = false;
};

Outcome readAll(ReplyReader& reader, const QList<QByteArray>& pieces)
{
    Outcome outcome;
    for (const QByteArray& piece : pieces)
        outcome.replies += reader.feed(piece);
    outcome.error = reader.hasError();
    outcome.partial = reader.hasPartialReply();
    FUZZ_CHECK(outcome.error == !reader.errorString().isEmpty());
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    ReplyReader wholeReader;
    const Outcome whole = readAll(wholeReader, {input});

    for (const FtpReply& reply : whole.replies) {
        FUZZ_CHECK(reply.isValid());
        FUZZ_CHECK(!reply.lines.isEmpty());
        FUZZ_CHECK(reply.lines.size() <= ReplyReader::MaxLines + 1);
        FUZZ_CHECK(reply.lines.first().startsWith(QByteArray::number(reply.code)));
        for (const QByteArray& line : reply.lines) {
            FUZZ_CHECK(!line.contains('\n'));
            FUZZ_CHECK(line.size() <= ReplyReader::MaxLineLength);
        }
        // toString() is the code and text(): both run.
        const QString text = reply.toString();
        FUZZ_CHECK(text.startsWith(QString::number(reply.code)));
    }

    // However the network splits the stream, the replies are the same.
    ReplyReader splitReader;
    const Outcome split = readAll(splitReader, FerryFuzz::chunks(input, size ? data[0] : 0));
    FUZZ_CHECK(split.error == whole.error);
    FUZZ_CHECK(split.partial == whole.partial || whole.error);
    FUZZ_CHECK(split.replies.size() == whole.replies.size());
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        FUZZ_CHECK(split.replies.at(i).code == whole.replies.at(i).code);
        FUZZ_CHECK(split.replies.at(i).lines == whole.replies.at(i).lines);
    }

    // After reset() the reader starts over as new: the one that read the pieces (whatever state they left
    // it in: an error, a partial reply) reads the whole input again as the fresh one did.
    splitReader.reset();
    FUZZ_CHECK(!splitReader.hasError() && !splitReader.hasPartialReply());
    FUZZ_CHECK(splitReader.feed(input).size() == whole.replies.size());
    return 0;
}
