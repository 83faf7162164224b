// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a finished translation in both languages,
// and Indonesian texts keep the source's placeholders (%1, %n) and shortcuts.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message {
        QString source;
        QStringList translations;
        bool unfinished = false;
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                current = Message();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.translations.append(text);
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(current);
            }
        }
        return xml.hasError() ? QList<Message>() : messages;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        found.removeDuplicates();
        return found;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("id") << QStringLiteral(POSYANDU_SOURCE_DIR "/translations/posyandu_id.ts");
        QTest::newRow("en") << QStringLiteral(POSYANDU_SOURCE_DIR "/translations/posyandu_en.ts");
        QTest::newRow("Qt's own, id") << QStringLiteral(POSYANDU_SOURCE_DIR "/translations/qt_id.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = read(file);
        QVERIFY2(messages.size() > 100, qPrintable(file));
        for (const Message &m : messages) {
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + m.source));
            QVERIFY2(!m.translations.join(QString()).trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + m.source));
            QCOMPARE(placeholders(m.translations.first()), placeholders(m.source));
            QCOMPARE(m.translations.first().contains(QLatin1Char('&')), m.source.contains(QLatin1Char('&')));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
