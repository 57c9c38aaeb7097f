#include "filenamefilter.h"

namespace Ferry {

void FileNameFilter::setText(const QString& text)
{
    m_text = text;
    m_trimmed = text.trimmed();
    m_wildcard = m_trimmed.contains(QLatin1Char('*')) || m_trimmed.contains(QLatin1Char('?'));
    m_expression = m_wildcard
                       ? QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                                m_trimmed, QRegularExpression::UnanchoredWildcardConversion),
                                            QRegularExpression::CaseInsensitiveOption)
                       : QRegularExpression();
}

bool FileNameFilter::matches(const QString& name) const
{
    if (m_trimmed.isEmpty())
        return true;
    // Plain text needs no regular expression: a case-insensitive search is several times faster, which
    // counts on a folder of 100,000 names.
    if (!m_wildcard)
        return name.contains(m_trimmed, Qt::CaseInsensitive);
    return m_expression.match(name).hasMatch();
}

} // namespace Ferry
