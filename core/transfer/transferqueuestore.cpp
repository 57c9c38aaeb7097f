#include "transfer/transferqueuestore.h"

#include "io/userfile.h"
#include "transfer/joblist.h"
#include "transfer/transferjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ferry {

namespace {

const QString QueueFormat = QStringLiteral("ferry-transfer-queue");
constexpr int QueueVersion = 1;

QString timeToJson(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString dataModeKey(DataConnectionMode mode)
{
    switch (mode) {
    case DataConnectionMode::Passive:
        return QStringLiteral("passive");
    case DataConnectionMode::Active:
        return QStringLiteral("active");
    case DataConnectionMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

DataConnectionMode dataModeFromKey(const QString& key)
{
    if (key == QLatin1String("passive"))
        return DataConnectionMode::Passive;
    if (key == QLatin1String("active"))
        return DataConnectionMode::Active;
    return DataConnectionMode::Auto;
}

const std::pair<TransferFileItem::State, const char*> itemStateKeys[] = {
    {TransferFileItem::State::Pending, "pending"},   {TransferFileItem::State::Done, "done"},
    {TransferFileItem::State::Skipped, "skipped"},   {TransferFileItem::State::Failed, "failed"},
    {TransferFileItem::State::Canceled, "canceled"},
};

const std::pair<ExistsDecision, const char*> decisionKeys[] = {
    {ExistsDecision::Transfer, "transfer"},
    {ExistsDecision::Resume, "resume"},
    {ExistsDecision::Rename, "rename"},
    {ExistsDecision::Skip, "skip"},
};

template <typename Enum, size_t N> QString keyOf(const std::pair<Enum, const char*> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return QString::fromLatin1(table[0].second);
}

template <typename Enum, size_t N>
Enum valueOf(const std::pair<Enum, const char*> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return table[0].first;
}

QJsonObject itemToJson(const TransferFileItem& item)
{
    QJsonObject object;
    object.insert(QStringLiteral("local"), item.localPath);
    object.insert(QStringLiteral("remote"), item.remotePath);
    object.insert(QStringLiteral("size"), double(item.size));
    if (item.time.isValid()) {
        object.insert(QStringLiteral("time"), timeToJson(item.time));
        if (!item.timeHasSeconds)
            object.insert(QStringLiteral("timeMinutes"), true);
    }
    if (item.targetExists) {
        QJsonObject target;
        target.insert(QStringLiteral("size"), double(item.targetSize));
        if (item.targetTime.isValid())
            target.insert(QStringLiteral("time"), timeToJson(item.targetTime));
        if (!item.targetTimeHasSeconds)
            target.insert(QStringLiteral("timeMinutes"), true);
        object.insert(QStringLiteral("target"), target);
    }
    // Work in progress is saved as pending work that continues its partial data.
    TransferFileItem::State state = item.state;
    bool partial = item.partial;
    bool decided = item.decided;
    switch (state) {
    case TransferFileItem::State::Active:
        partial = true;
        state = TransferFileItem::State::Pending;
        break;
    case TransferFileItem::State::Connecting:
    case TransferFileItem::State::RetryWait:
        state = TransferFileItem::State::Pending;
        break;
    case TransferFileItem::State::AnswerWait:
        state = TransferFileItem::State::Pending;
        decided = false;
        break;
    case TransferFileItem::State::Verifying:
        // Sent but not checked yet: sent again (its exists decision stands).
        state = TransferFileItem::State::Pending;
        partial = false;
        break;
    default:
        break;
    }
    object.insert(QStringLiteral("state"), keyOf(itemStateKeys, state));
    if (decided)
        object.insert(QStringLiteral("decision"), keyOf(decisionKeys, item.decision));
    if (partial)
        object.insert(QStringLiteral("partial"), true);
    if (item.remoteCreated)
        object.insert(QStringLiteral("remoteCreated"), true);
    if (item.attempts > 0)
        object.insert(QStringLiteral("attempts"), item.attempts);
    if (!item.error.isEmpty())
        object.insert(QStringLiteral("error"), item.error);
    return object;
}

TransferFileItem itemFromJson(const QJsonObject& object)
{
    TransferFileItem item;
    item.localPath = object.value(QStringLiteral("local")).toString();
    item.remotePath = object.value(QStringLiteral("remote")).toString();
    item.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
    item.time = timeFromJson(object.value(QStringLiteral("time")));
    item.timeHasSeconds = !object.value(QStringLiteral("timeMinutes")).toBool();
    const QJsonObject target = object.value(QStringLiteral("target")).toObject();
    if (!target.isEmpty()) {
        item.targetExists = true;
        item.targetSize = qint64(target.value(QStringLiteral("size")).toDouble(-1));
        item.targetTime = timeFromJson(target.value(QStringLiteral("time")));
        item.targetTimeHasSeconds = !target.value(QStringLiteral("timeMinutes")).toBool();
    }
    item.state = valueOf(itemStateKeys, object.value(QStringLiteral("state")).toString());
    if (object.contains(QStringLiteral("decision"))) {
        item.decided = true;
        item.decision = valueOf(decisionKeys, object.value(QStringLiteral("decision")).toString());
    }
    item.partial = object.value(QStringLiteral("partial")).toBool();
    item.remoteCreated = object.value(QStringLiteral("remoteCreated")).toBool();
    item.attempts = object.value(QStringLiteral("attempts")).toInt();
    item.error = object.value(QStringLiteral("error")).toString();
    return item;
}

} // namespace

QJsonObject transferSiteToJson(const TransferSite& site, bool includePassword)
{
    QJsonObject login;
    login.insert(QStringLiteral("host"), site.login.host);
    login.insert(QStringLiteral("port"), int(site.login.port));
    login.insert(QStringLiteral("user"), site.login.user);
    if (includePassword)
        login.insert(QStringLiteral("password"), site.login.password);
    QJsonObject options;
    options.insert(QStringLiteral("dataMode"), dataModeKey(site.options.dataMode));
    options.insert(QStringLiteral("connectTimeoutMs"), site.options.connectTimeoutMs);
    options.insert(QStringLiteral("replyTimeoutMs"), site.options.replyTimeoutMs);
    options.insert(QStringLiteral("dataTimeoutMs"), site.options.dataTimeoutMs);
    options.insert(QStringLiteral("keepAliveIntervalMs"), site.options.keepAliveIntervalMs);
    options.insert(QStringLiteral("chunkSize"), double(site.options.chunkSize));
    QJsonObject object;
    object.insert(QStringLiteral("id"), site.id);
    object.insert(QStringLiteral("name"), site.name);
    object.insert(QStringLiteral("login"), login);
    object.insert(QStringLiteral("options"), options);
    object.insert(QStringLiteral("maxConnections"), site.maxConnections);
    object.insert(QStringLiteral("speedLimit"), double(site.speedLimit));
    return object;
}

std::optional<TransferSite> transferSiteFromJson(const QJsonObject& object)
{
    TransferSite site;
    site.id = object.value(QStringLiteral("id")).toString();
    if (site.id.isEmpty())
        return std::nullopt;
    site.name = object.value(QStringLiteral("name")).toString();
    const QJsonObject login = object.value(QStringLiteral("login")).toObject();
    site.login.host = login.value(QStringLiteral("host")).toString();
    site.login.port = quint16(login.value(QStringLiteral("port")).toInt(21));
    site.login.user = login.value(QStringLiteral("user")).toString();
    site.login.password = login.value(QStringLiteral("password")).toString();
    const QJsonObject options = object.value(QStringLiteral("options")).toObject();
    const FtpClientOptions defaults;
    site.options.dataMode = dataModeFromKey(options.value(QStringLiteral("dataMode")).toString());
    site.options.connectTimeoutMs =
        options.value(QStringLiteral("connectTimeoutMs")).toInt(defaults.connectTimeoutMs);
    site.options.replyTimeoutMs =
        options.value(QStringLiteral("replyTimeoutMs")).toInt(defaults.replyTimeoutMs);
    site.options.dataTimeoutMs = options.value(QStringLiteral("dataTimeoutMs")).toInt(defaults.dataTimeoutMs);
    site.options.keepAliveIntervalMs =
        options.value(QStringLiteral("keepAliveIntervalMs")).toInt(defaults.keepAliveIntervalMs);
    site.options.chunkSize =
        qint64(options.value(QStringLiteral("chunkSize")).toDouble(double(defaults.chunkSize)));
    site.maxConnections = object.value(QStringLiteral("maxConnections")).toInt();
    site.speedLimit = qint64(object.value(QStringLiteral("speedLimit")).toDouble());
    return site;
}

QJsonObject transferJobToJson(const TransferJob& job)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), double(job.id));
    object.insert(QStringLiteral("site"), job.siteId);
    object.insert(QStringLiteral("direction"), transferDirectionKey(job.direction));
    object.insert(QStringLiteral("folder"), job.folder);
    object.insert(QStringLiteral("local"), job.localPath);
    object.insert(QStringLiteral("remote"), job.remotePath);
    if (job.existsAction)
        object.insert(QStringLiteral("existsAction"), fileExistsActionKey(*job.existsAction));
    if (!job.includeGlobs.isEmpty())
        object.insert(QStringLiteral("include"), QJsonArray::fromStringList(job.includeGlobs));
    if (!job.excludeGlobs.isEmpty())
        object.insert(QStringLiteral("exclude"), QJsonArray::fromStringList(job.excludeGlobs));
    object.insert(QStringLiteral("state"), transferJobStateKey(job.state));
    if (!job.error.isEmpty())
        object.insert(QStringLiteral("error"), job.error);
    object.insert(QStringLiteral("retries"), job.retries);
    object.insert(QStringLiteral("planned"), job.planned);
    if (job.unplanned)
        object.insert(QStringLiteral("unplanned"), true);
    if (job.planned) {
        QJsonArray items;
        for (const TransferFileItem& item : job.items)
            items.append(itemToJson(item));
        object.insert(QStringLiteral("items"), items);
    }
    if (!job.notes.isEmpty())
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(job.notes));
    if (!job.entryErrors.isEmpty()) {
        QJsonArray entries;
        for (const TransferFileError& error : job.entryErrors) {
            QJsonObject entry;
            entry.insert(QStringLiteral("path"), error.path);
            entry.insert(QStringLiteral("message"), error.message);
            entries.append(entry);
        }
        object.insert(QStringLiteral("entryErrors"), entries);
    }
    return object;
}

std::unique_ptr<TransferJob> transferJobFromJson(const QJsonObject& object, QString* errorString)
{
    const auto fail = [errorString](const QString& message) {
        if (errorString)
            *errorString = message;
        return std::unique_ptr<TransferJob>();
    };
    auto job = std::make_unique<TransferJob>();
    job->id = TransferJobId(object.value(QStringLiteral("id")).toDouble());
    job->siteId = object.value(QStringLiteral("site")).toString();
    const std::optional<TransferDirection> direction =
        transferDirectionFromKey(object.value(QStringLiteral("direction")).toString());
    const std::optional<TransferJobState> state =
        transferJobStateFromKey(object.value(QStringLiteral("state")).toString());
    if (job->siteId.isEmpty() || !direction || !state)
        return fail(QCoreApplication::translate(
            "Ferry::TransferQueue", "A job in the queue file lacks its site, direction or state."));
    job->direction = *direction;
    job->folder = object.value(QStringLiteral("folder")).toBool();
    job->localPath = object.value(QStringLiteral("local")).toString();
    job->remotePath = object.value(QStringLiteral("remote")).toString();
    if (job->localPath.isEmpty() || !job->remotePath.startsWith(QLatin1Char('/')))
        return fail(QCoreApplication::translate("Ferry::TransferQueue",
                                                "A job in the queue file lacks its local or remote path."));
    if (object.contains(QStringLiteral("existsAction")))
        job->existsAction = fileExistsActionFromKey(object.value(QStringLiteral("existsAction")).toString());
    for (const QJsonValue& glob : object.value(QStringLiteral("include")).toArray())
        job->includeGlobs.append(glob.toString());
    for (const QJsonValue& glob : object.value(QStringLiteral("exclude")).toArray())
        job->excludeGlobs.append(glob.toString());
    job->state = *state == TransferJobState::Running ? TransferJobState::Queued : *state;
    job->error = object.value(QStringLiteral("error")).toString();
    job->retries = object.value(QStringLiteral("retries")).toInt();
    job->planned = object.value(QStringLiteral("planned")).toBool();
    job->unplanned = object.value(QStringLiteral("unplanned")).toBool();
    for (const QJsonValue& note : object.value(QStringLiteral("notes")).toArray())
        job->notes.append(note.toString());
    for (const QJsonValue& value : object.value(QStringLiteral("entryErrors")).toArray()) {
        const QJsonObject entry = value.toObject();
        job->entryErrors.append(TransferFileError{entry.value(QStringLiteral("path")).toString(),
                                                  entry.value(QStringLiteral("message")).toString()});
        ++job->filesFailed;
    }
    if (job->planned) {
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        job->items.reserve(size_t(items.size()));
        for (const QJsonValue& value : items) {
            TransferFileItem item = itemFromJson(value.toObject());
            const int index = int(job->items.size());
            switch (item.state) {
            case TransferFileItem::State::Done:
                ++job->filesDone;
                job->bytesTotal += qMax<qint64>(0, item.size);
                job->bytesFinished += qMax<qint64>(0, item.size);
                item.position = qMax<qint64>(0, item.size);
                break;
            case TransferFileItem::State::Skipped:
                ++job->filesSkipped;
                break;
            case TransferFileItem::State::Failed:
                ++job->filesFailed;
                job->bytesTotal += qMax<qint64>(0, item.size);
                break;
            case TransferFileItem::State::Canceled:
                job->bytesTotal += qMax<qint64>(0, item.size);
                break;
            default:
                item.state = TransferFileItem::State::Pending;
                job->bytesTotal += qMax<qint64>(0, item.size);
                ++job->openItems;
                job->ready.push_back(index);
                break;
            }
            job->items.push_back(item);
        }
    }
    return job;
}

bool writeQueueFile(const QString& path, const QList<TransferSite>& sites, const JobList& jobs,
                    bool includePasswords, QString* errorString)
{
    QJsonArray siteArray;
    for (const TransferSite& site : sites)
        siteArray.append(transferSiteToJson(site, includePasswords));
    QJsonArray jobArray;
    for (const std::unique_ptr<TransferJob>& job : jobs)
        jobArray.append(transferJobToJson(*job));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QueueFormat);
    root.insert(QStringLiteral("version"), QueueVersion);
    root.insert(QStringLiteral("sites"), siteArray);
    root.insert(QStringLiteral("jobs"), jobArray);

    QString error;
    if (!UserFile::writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), &error)) {
        if (errorString)
            *errorString = QCoreApplication::translate("Ferry::TransferQueue",
                                                       "Cannot save the transfer queue to %1: %2")
                               .arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    return true;
}

std::optional<QueueFileContents> readQueueFile(const QString& path, QString* errorString)
{
    const auto fail = [errorString](const QString& message) {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    // A file that cannot be used is set aside, so that the next save does not replace it with an empty
    // queue; the message says where it went.
    const auto damaged = [&fail, &path](const QString& reason) {
        QString error;
        const QString kept = UserFile::setAside(path, &error);
        if (kept.isEmpty())
            return fail(QCoreApplication::translate("Ferry::TransferQueue",
                                                    "The transfer queue %1 cannot be used (%2) and could "
                                                    "not be set aside: %3")
                            .arg(QDir::toNativeSeparators(path), reason, error));
        return fail(
            QCoreApplication::translate("Ferry::TransferQueue",
                                        "The transfer queue %1 cannot be used (%2); it was kept as %3.")
                .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(kept)));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("Ferry::TransferQueue", "Cannot read the transfer queue %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(
            QCoreApplication::translate("Ferry::TransferQueue", "damaged: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QueueFormat)
        return damaged(QCoreApplication::translate("Ferry::TransferQueue", "not a Ferry transfer queue"));
    if (root.value(QStringLiteral("version")).toInt() > QueueVersion)
        return damaged(QCoreApplication::translate("Ferry::TransferQueue", "written by a newer Ferry"));

    QueueFileContents contents;
    contents.jobs = root.value(QStringLiteral("jobs")).toArray();
    for (const QJsonValue& value : std::as_const(contents.jobs)) {
        QString error;
        if (!transferJobFromJson(value.toObject(), &error))
            return damaged(QCoreApplication::translate("Ferry::TransferQueue", "damaged: %1").arg(error));
    }
    for (const QJsonValue& value : root.value(QStringLiteral("sites")).toArray()) {
        if (const std::optional<TransferSite> site = transferSiteFromJson(value.toObject()))
            contents.sites.append(*site);
    }
    return contents;
}

} // namespace Ferry
