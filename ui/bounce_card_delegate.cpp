// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce_card_delegate.h"

#include "bounce_list_model.h"

#include <QApplication>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace bn {

namespace {

constexpr int Margin = 4;  // around the card
constexpr int Padding = 8; // inside the card
constexpr int Gap = 4;     // between the lines

QFont boldFont(const QFont &f)
{
    QFont b = f;
    b.setBold(true);
    return b;
}

QRect wrapped(const QFontMetrics &fm, int x, int y, int width, const QString &text)
{
    const QRect r = fm.boundingRect(QRect(x, y, width, 100000), Qt::TextWordWrap, text);
    return {x, y, width, r.height()};
}

QString toggleText(bool expanded)
{
    //: The toggle on a bounce card that unfolds its details (codes, servers).
    return (expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + BounceCardDelegate::tr("Details");
}

} // namespace

BounceCardDelegate::BounceCardDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int BounceCardDelegate::width() const
{
    return qMax(120, m_view->viewport()->width());
}

void BounceCardDelegate::measure(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.font = m_view->font(); // what QListView puts in the options it lays out with
    option.fontMetrics = QFontMetrics(option.font);
    sizeHint(option, index);
}

void BounceCardDelegate::clearCache()
{
    m_heights.clear();
    m_cachedWidth = -1;
}

BounceCardDelegate::Geometry BounceCardDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                        const QRect &rect) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const QFontMetrics bold(boldFont(option.font));
    int y = rect.top() + Margin;
    const QString header = index.data(BounceListModel::CauseHeaderRole).toString();
    if (!header.isEmpty()) {
        g.header = QRect(rect.left() + Margin, y + Gap, rect.width() - 2 * Margin, bold.height());
        y = g.header.bottom() + 1 + Gap;
    }
    const int left = rect.left() + Margin + Padding;
    const int inner = qMax(40, rect.width() - 2 * (Margin + Padding));
    const int cardTop = y;
    y += Padding;
    g.headline = wrapped(bold, left, y, inner, index.data(BounceListModel::HeadlineRole).toString());
    y = g.headline.bottom() + 1 + Gap;
    const QString badge = index.data(BounceListModel::BadgeRole).toString();
    const int lineHeight = fm.height() + 4;
    g.badge = QRect(left, y, fm.horizontalAdvance(badge) + 12, lineHeight);
    const QString count = index.data(BounceListModel::CountTextRole).toString();
    g.count = QRect(g.badge.right() + 1 + 8, y, count.isEmpty() ? 0 : fm.horizontalAdvance(count), lineHeight);
    const bool expanded = index.data(BounceListModel::ExpandedRole).toBool();
    const int toggleWidth = qMax(fm.horizontalAdvance(toggleText(true)), fm.horizontalAdvance(toggleText(false))) + 8;
    g.toggle = QRect(left + inner - toggleWidth, y, toggleWidth, lineHeight);
    y += lineHeight + Gap;
    g.party = wrapped(fm, left, y, inner, index.data(BounceListModel::PartyRole).toString());
    y = g.party.bottom() + 1;
    if (expanded) {
        y += Gap;
        g.details = wrapped(fm, left, y, inner, index.data(BounceListModel::DetailsRole).toStringList().join(QLatin1Char('\n')));
        y = g.details.bottom() + 1;
    }
    y += Padding;
    g.card = QRect(rect.left() + Margin, cardTop, rect.width() - 2 * Margin, y - cardTop);
    return g;
}

QSize BounceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int w = width();
    if (w != m_cachedWidth) {
        m_heights.clear();
        m_cachedWidth = w;
    }
    const quint64 key = (quint64(index.data(BounceListModel::SerialRole).toInt()) << 2)
        | (index.data(BounceListModel::CauseHeaderRole).toString().isEmpty() ? 0 : 2)
        | (index.data(BounceListModel::ExpandedRole).toBool() ? 1 : 0);
    auto it = m_heights.constFind(key);
    if (it == m_heights.cend()) {
        const Geometry g = layout(option, index, QRect(0, 0, w, 0));
        it = m_heights.insert(key, g.card.bottom() + 1 + Margin);
    }
    return {w, *it};
}

void BounceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry g = layout(option, index, option.rect);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!g.header.isNull()) {
        painter->setFont(boldFont(option.font));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(BounceListModel::CauseHeaderRole).toString());
    }
    QPainterPath frame;
    frame.addRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QColor fill = pal.color(QPalette::Base);
    if (selected) {
        QColor h = pal.color(QPalette::Highlight);
        h.setAlpha(40);
        painter->fillPath(frame, fill);
        fill = h;
    }
    painter->fillPath(frame, fill);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(frame);
    if (focused) {
        QPen dash(pal.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(dash);
        painter->drawRoundedRect(QRectF(g.card).adjusted(3, 3, -3, -3), 3, 3);
    }

    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(boldFont(option.font));
    painter->drawText(g.headline, Qt::TextWordWrap, index.data(BounceListModel::HeadlineRole).toString());
    painter->setFont(option.font);
    const bool temporary = index.data(BounceListModel::TemporaryRole).toBool();
    painter->setPen(Qt::NoPen);
    painter->setBrush(temporary ? QColor(0xff, 0xf3, 0xc4) : QColor(0xf9, 0xd0, 0xcc));
    painter->drawRoundedRect(g.badge, 3, 3);
    painter->setPen(QColor(0x20, 0x20, 0x20)); // on the light badge whatever the theme
    painter->drawText(g.badge, Qt::AlignCenter, index.data(BounceListModel::BadgeRole).toString());
    painter->setPen(pal.color(QPalette::Text));
    if (g.count.width() > 0)
        painter->drawText(g.count, Qt::AlignLeft | Qt::AlignVCenter, index.data(BounceListModel::CountTextRole).toString());
    painter->setPen(pal.color(QPalette::Link));
    painter->drawText(g.toggle, Qt::AlignRight | Qt::AlignVCenter, toggleText(index.data(BounceListModel::ExpandedRole).toBool()));
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(g.party, Qt::TextWordWrap, index.data(BounceListModel::PartyRole).toString());
    if (!g.details.isNull())
        painter->drawText(g.details, Qt::TextWordWrap, index.data(BounceListModel::DetailsRole).toStringList().join(QLatin1Char('\n')));
    painter->restore();
}

void BounceCardDelegate::setExpanded(const QModelIndex &index, bool expanded)
{
    if (!index.isValid() || index.data(BounceListModel::ExpandedRole).toBool() == expanded)
        return;
    const_cast<QAbstractItemModel *>(index.model())->setData(index, expanded, BounceListModel::ExpandedRole);
    Q_EMIT sizeHintChanged(index);
}

bool BounceCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && layout(option, index, option.rect).toggle.contains(mouse->position().toPoint())) {
            setExpanded(index, !index.data(BounceListModel::ExpandedRole).toBool());
            return false; // the click still chooses the card
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace bn
