#pragma once

#include "client/ftpoperation.h"

namespace Ferry {

// Every operation that is one command and its reply (and, for CWD, a PWD to learn where it landed).
class CommandOperation final : public FtpOperation
{
    Q_OBJECT

public:
    enum class Kind
    {
        Pwd,
        Cwd,
        Cdup,
        Mkd,
        Rmd,
        Dele,
        Size,
        Mdtm,
        Noop,
        Quit,
        Raw
    };

    CommandOperation(FtpSession* session, Kind kind, const QString& argument = QString());

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;
    void handleConnectionLost(Error error, const QString& message) override;

private:
    enum class Step
    {
        Command,
        Pwd
    };
    QByteArray verb() const;
    QString failureText() const;
    bool interpretSuccess(const FtpReply& reply);

    Kind m_kind;
    QString m_argument;
    Step m_step = Step::Command;
};

// Extracts the path from a 257 reply: "257 "/a ""quoted"" dir" is current directory" → /a "quoted" dir.
QString parseQuotedPath(const QString& replyText);

} // namespace Ferry
