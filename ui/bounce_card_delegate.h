// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QListView;

namespace bn {

//! Paints a row of BounceListModel as a card: the cause above the first card of each cause, the
//! headline, a permanent/temporary badge with the number of messages, who to contact, and the
//! details (codes, servers, SMTP step) when unfolded with the "Details" toggle (or the Right and
//! Left keys in the list). Heights are cached per card and view width, so laying out thousands
//! of cards costs little more than a lookup each.
class BounceCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BounceCardDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    //! Forgets the heights measured (after a change of language or font).
    void clearCache();
    //! Measures the height of \a index ahead of the view's layout, so that the cost of new cards
    //! falls in the time budget of whoever adds them rather than in one long layout pass.
    void measure(const QModelIndex &index) const;
    //! Unfolds or folds the details of \a index.
    void setExpanded(const QModelIndex &index, bool expanded);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Geometry
    {
        QRect header, card, headline, badge, count, toggle, party, details;
    };
    //! Where each part of the card goes in \a rect (its top-left and width; the height follows).
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &rect) const;
    int width() const;

    QListView *m_view;
    mutable QHash<quint64, int> m_heights; // by serial, header and unfolded, at m_cachedWidth
    mutable int m_cachedWidth = -1;
};

} // namespace bn
