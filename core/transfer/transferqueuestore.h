#pragma once

#include "transfer/transfertypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Ferry {

class JobList;
struct TransferJob;

// The JSON form of the transfer queue's file (format "ferry-transfer-queue", version 1):
//   { "format": ..., "version": 1, "sites": [site...], "jobs": [job...] }
// A job keeps its files (once its folders were walked) with their states, so a restored queue continues
// where it stopped; running work comes back as queued work with its partial data. Its include/exclude
// globs ("include", "exclude": arrays, left out when empty) are kept too; a file written before they
// were stored simply has none.

QJsonObject transferSiteToJson(const TransferSite& site, bool includePassword);
std::optional<TransferSite> transferSiteFromJson(const QJsonObject& object);

QJsonObject transferJobToJson(const TransferJob& job);
// A job in the state it should resume in (Running becomes Queued), its counters recomputed; nullptr and
// *errorString when the object is not a job.
std::unique_ptr<TransferJob> transferJobFromJson(const QJsonObject& object, QString* errorString);

// A queue file once read: its sites, and its jobs still as JSON (each one checked by transferJobFromJson):
// plain values, so that the file can be read in one thread and its jobs given ids in another.
struct QueueFileContents
{
    QList<TransferSite> sites;
    QJsonArray jobs;
};

// Writes the sites and jobs to `path` atomically (QSaveFile); passwords only when asked for.
bool writeQueueFile(const QString& path, const QList<TransferSite>& sites, const JobList& jobs,
                    bool includePasswords, QString* errorString);
// Reads a file written by writeQueueFile(); nullopt with *errorString when it cannot be read or is not a
// queue file Ferry can read. A file that is damaged (or not a queue, or from a newer Ferry) is set aside
// as "<path>.damaged-<timestamp>" (UserFile::setAside) so that the next save cannot replace it; the
// message says where it was kept.
std::optional<QueueFileContents> readQueueFile(const QString& path, QString* errorString);

} // namespace Ferry
