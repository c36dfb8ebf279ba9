<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>bn</name>
    <message>
        <source>Exchange message tracking</source>
        <translation>Exchange メッセージ追跡</translation>
    </message>
    <message>
        <source>Microsoft 365 message trace</source>
        <translation>Microsoft 365 メッセージ トレース</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <source>Keep the refusal text at hand; every message below quotes it: "%1"</source>
        <translation>拒否メッセージを手元に控えておいてください。以下のメッセージはすべてこれを引用しています: 「%1」</translation>
    </message>
    <message>
        <source>your sending server's IP address</source>
        <translation>送信サーバーのIPアドレス</translation>
    </message>
    <message>
        <source>If it still fails, ask %1 to remove %2 with its removal form, using the answers prepared below.</source>
        <translation>それでも失敗する場合は、下に用意した回答を使って、%1 の削除依頼フォームから %2 の登録解除を申請してください。</translation>
    </message>
    <message>
        <source>If it still fails, ask your ISP or hosting provider, who owns %1, to request the removal: %2 only acts for the owner of the IP space. The message below is ready to send.</source>
        <translation>それでも失敗する場合は、%1 の所有者であるプロバイダーやレンタルサーバー会社に解除の申請を依頼してください。%2 はIPアドレスの所有者からの依頼にしか対応しません。下のメッセージはそのまま送れます。</translation>
    </message>
    <message>
        <source>a few hours</source>
        <translation>数時間</translation>
    </message>
    <message>
        <source>%1 listed %2 on %3, a temporary list: entries expire by themselves (%4). Your server keeps retrying, so the message may still arrive.</source>
        <translation>%1 が %2 を一時的なリスト「%3」に登録しています。登録は自動的に消えます（%4）。送信サーバーは再送を続けるので、メールはこのまま届く可能性があります。</translation>
    </message>
    <message>
        <source>Wait and let your server retry; if the message was returned, send it again after a few hours.</source>
        <translation>送信サーバーの再送を待ってください。メールが返ってきた場合は、数時間後に送り直してください。</translation>
    </message>
    <message>
        <source>Check the current status of %1 on the operator's lookup page.</source>
        <translation>運営者の確認ページで %1 の現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>%1 blocked %2 (%3). Anyone holding this bounce may ask for the removal, so you can do it yourself now.</source>
        <translation>%1 が %2 をブロックしています（%3）。このエラーメールを持っている人なら誰でも解除を申請できるので、今すぐご自身で申請できます。</translation>
    </message>
    <message>
        <source>Open the removal page and ask for %1 to be removed; the answers are prepared below.</source>
        <translation>削除依頼ページを開き、%1 の登録解除を申請してください。回答は下に用意してあります。</translation>
    </message>
    <message>
        <source>Forward the whole bounce to %1 and ask for the removal.</source>
        <translation>エラーメール全体を %1 に転送し、解除を依頼してください。</translation>
    </message>
    <message>
        <source>Tell your provider too, so that they find out why the IP was listed.</source>
        <translation>IPが登録された理由を調べてもらうため、プロバイダーにも知らせてください。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3). Listings like this are removed by the IP's administrator through the operator's self-service page, after fixing the cause.</source>
        <translation>%1 が %2 を登録しています（%3）。このような登録は、原因に対処したうえで、IPアドレスの管理者が運営者のセルフサービスページから解除します。</translation>
    </message>
    <message>
        <source>Find and fix the cause first (an infected computer, a hacked mailbox, a missing reverse DNS name).</source>
        <translation>まず原因を見つけて対処してください（ウイルスに感染したパソコン、乗っ取られたメールアカウント、逆引きDNS名の未設定など）。</translation>
    </message>
    <message>
        <source>Then request the removal on the operator's page.</source>
        <translation>そのうえで、運営者のページから解除を申請してください。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3). The IP belongs to your provider, so its administrators must remove it.</source>
        <translation>%1 が %2 を登録しています（%3）。このIPアドレスはプロバイダーのものなので、プロバイダーの管理者が解除する必要があります。</translation>
    </message>
    <message>
        <source>Send the message below to your provider's support or abuse desk.</source>
        <translation>下の文面をプロバイダーのサポート窓口または不正利用対応窓口へ送ってください。</translation>
    </message>
    <message>
        <source>The PBL lists addresses that should not send mail directly: send through your provider's submission server (port 587 with a password) instead of delivering directly.</source>
        <translation>PBLは直接メールを送信すべきでないアドレスの一覧です。直接配送せず、プロバイダーの送信サーバー（ポート587・パスワード認証）を経由して送信してください。</translation>
    </message>
    <message>
        <source>The refusal comes from the recipient's own settings (%1), not from a listing of your server. Only their administrator can allow your mail.</source>
        <translation>この拒否は受信側の設定（%1）によるもので、あなたのサーバーがブラックリストに登録されているわけではありません。メールを許可できるのは先方の管理者だけです。</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or another address, to forward the message below to their mail administrator.</source>
        <translation>電話や別のアドレスで受信者に連絡し、下のメッセージを先方のメール管理者へ転送してもらってください。</translation>
    </message>
    <message>
        <source>%1 has no removal process for this (%2): the block lifts when the cause stops. Your own administrator must find and fix it.</source>
        <translation>%1 にはこの件（%2）の解除手続きがありません。原因がなくなればブロックは解けます。社内の管理者が原因を調べて対処する必要があります。</translation>
    </message>
    <message>
        <source>Check the server for compromised accounts, unusual volume, and SPF, DKIM and DMARC.</source>
        <translation>乗っ取られたアカウントや不審な大量送信がないか、SPF・DKIM・DMARC が正しいかをサーバーで確認してください。</translation>
    </message>
    <message>
        <source>%1 has no removal process for this (%2): the block lifts when the cause stops. Your provider runs the sending server and must fix it.</source>
        <translation>%1 にはこの件（%2）の解除手続きがありません。原因がなくなればブロックは解けます。送信サーバーを運用しているプロバイダーが対処する必要があります。</translation>
    </message>
    <message>
        <source>Send the message below to your provider.</source>
        <translation>下のメッセージをプロバイダーに送ってください。</translation>
    </message>
    <message>
        <source>Do not pay for an "express" removal: the listing expires by itself.</source>
        <translation>「特急」解除にお金を払う必要はありません。登録は自動的に期限切れになります。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3). It removes addresses only at the request of the owner of the IP space; as you run the server on your own addresses, you can ask.</source>
        <translation>%1 が %2 を登録しています（%3）。登録の解除はIPアドレスの所有者からの依頼でしか受け付けませんが、自社のアドレスでサーバーを運用しているので、ご自身で申請できます。</translation>
    </message>
    <message>
        <source>Find and fix the cause first; the operator will ask why the IP sent spam and how it was fixed.</source>
        <translation>まず原因を見つけて対処してください。運営者からは、なぜこのIPが迷惑メールを送ったのか、どう対処したのかを聞かれます。</translation>
    </message>
    <message>
        <source>Request the removal from an address of your domain such as postmaster@ or abuse@, with the answers below.</source>
        <translation>postmaster@ や abuse@ など自社ドメインのアドレスから、下の回答を使って解除を申請してください。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3). It removes addresses only at the request of the owner of the IP space: your ISP or hosting provider, not you. Ask them to request the removal.</source>
        <translation>%1 が %2 を登録しています（%3）。登録の解除はIPアドレスの所有者からの依頼でしか受け付けません。所有者はお客様ではなく、ご利用のプロバイダーやレンタルサーバー会社です。解除の申請を依頼してください。</translation>
    </message>
    <message>
        <source>Send the message below to your provider's support desk.</source>
        <translation>下のメッセージをプロバイダーのサポート窓口に送ってください。</translation>
    </message>
    <message>
        <source>Ask them for a static reverse DNS name and a WHOIS entry that says the address is static.</source>
        <translation>固定の逆引きDNS名と、アドレスが固定であることを示すWHOIS登録を依頼してください。</translation>
    </message>
    <message>
        <source>Check later whether %1 is still listed.</source>
        <translation>後で %1 がまだ登録されているか確認してください。</translation>
    </message>
    <message>
        <source>Do not pay for an "express" removal: it is never required.</source>
        <translation>「特急」解除にお金を払う必要はありません。有料の解除は必須ではありません。</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>This is a temporary refusal: your server keeps trying, usually for several days, and the message may still arrive.</source>
        <translation>これは一時的な拒否です。送信サーバーは通常数日間再送を続けるので、メールはまだ届く可能性があります。</translation>
    </message>
    <message>
        <source>Wait a few hours. If a final failure notice arrives later, open it here.</source>
        <translation>数時間待ってください。後で最終的な配信失敗の通知が届いたら、ここで開いてください。</translation>
    </message>
    <message>
        <source>If it keeps failing for more than a day, show this to your own administrator.</source>
        <translation>1日以上失敗が続く場合は、社内の管理者にこの内容を見せてください。</translation>
    </message>
    <message>
        <source>The address %1 does not exist (any more) at the receiving side. Nothing is wrong with your server.</source>
        <translation>宛先 %1 は受信側に（もう）存在しません。あなたのサーバーには問題はありません。</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for their current address by phone or another channel.</source>
        <translation>アドレスの入力ミスがないか確認するか、電話など別の方法で受信者に現在のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The mailbox of %1 is full or suspended. Only the recipient can fix it.</source>
        <translation>%1 のメールボックスが満杯か、停止されています。解決できるのは受信者だけです。</translation>
    </message>
    <message>
        <source>Reach the recipient another way and let them know; send again once they have made room.</source>
        <translation>別の方法で受信者に知らせ、容量が空いてから再送してください。</translation>
    </message>
    <message>
        <source>The recipient's server could not verify that your domain sent this message (SPF, DKIM or DMARC). Your DNS administrator must fix the records.</source>
        <translation>受信側のサーバーが、このメールが自社ドメインから送られたことを確認できませんでした（SPF、DKIM、DMARC）。DNSの管理者がレコードを修正する必要があります。</translation>
    </message>
    <message>
        <source>Ask your administrator to check the SPF record lists every server that sends for your domain, that DKIM signing is on, and that the DMARC policy matches.</source>
        <translation>SPFレコードに自社ドメインから送信するすべてのサーバーが含まれているか、DKIM署名が有効か、DMARCポリシーが合っているかを管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no valid reverse DNS (PTR) name. The owner of the IP address sets it: usually your ISP or hosting provider.</source>
        <translation>送信サーバーのIPアドレスに有効な逆引きDNS（PTR）名がありません。設定するのはIPアドレスの所有者で、通常はプロバイダーやレンタルサーバー会社です。</translation>
    </message>
    <message>
        <source>Ask your provider to set a reverse DNS name for the IP that resolves back to the same address.</source>
        <translation>同じアドレスに正引きできる逆引きDNS名をIPアドレスに設定するよう、プロバイダーに依頼してください。</translation>
    </message>
    <message>
        <source>Send the message again later.</source>
        <translation>しばらくしてから再送してください。</translation>
    </message>
    <message>
        <source>If it keeps failing, show this to your own administrator.</source>
        <translation>失敗が続く場合は、社内の管理者にこの内容を見せてください。</translation>
    </message>
    <message>
        <source>The message was larger than the receiving server accepts.</source>
        <translation>メールが受信サーバーの受け付けるサイズを超えていました。</translation>
    </message>
    <message>
        <source>Send the files as a download link, or in several smaller messages.</source>
        <translation>ファイルはダウンロードリンクで送るか、小さく分けて何通かで送ってください。</translation>
    </message>
    <message>
        <source>The recipient's server refused the message by its own filter or policy. Their administrator can allow your address.</source>
        <translation>受信側のサーバーが、独自のフィルターやポリシーでメールを拒否しました。先方の管理者ならあなたのアドレスを許可できます。</translation>
    </message>
    <message>
        <source>The recipient's server refused your sending server. Your provider runs that server and can find out why.</source>
        <translation>受信側のサーバーが、あなたの送信サーバーを拒否しました。そのサーバーを運用しているプロバイダーなら理由を調べられます。</translation>
    </message>
    <message>
        <source>Ask the recipient to pass the message below to their administrator.</source>
        <translation>下のメッセージを管理者に渡してもらうよう、受信者に依頼してください。</translation>
    </message>
    <message>
        <source>The refusal points at how the message was sent (server settings, sender address, encryption or format). Your own administrator can fix it.</source>
        <translation>拒否の原因は送信の仕方（サーバーの設定、送信者アドレス、暗号化、形式）にあります。社内の管理者が修正できます。</translation>
    </message>
    <message>
        <source>Send the note below to your administrator.</source>
        <translation>下のメモを社内の管理者に送ってください。</translation>
    </message>
    <message>
        <source>This is an automatic out-of-office reply: your message was delivered.</source>
        <translation>これは不在時の自動返信です。メールは届いています。</translation>
    </message>
    <message>
        <source>Nothing to do; the recipient will read it on their return.</source>
        <translation>対応は不要です。受信者は戻ってから読みます。</translation>
    </message>
    <message>
        <source>This report says the message was delivered.</source>
        <translation>このレポートによると、メールは配信されています。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対応は不要です。</translation>
    </message>
    <message>
        <source>A recipient reported your message as unwanted to their mailbox provider.</source>
        <translation>受信者が、あなたのメールを迷惑メールとしてメールサービス事業者に報告しました。</translation>
    </message>
    <message>
        <source>Stop mailing the address that complained and let your administrator review the mailing.</source>
        <translation>報告したアドレスへの送信をやめ、配信内容を管理者に見直してもらってください。</translation>
    </message>
    <message>
        <source>The refusal does not say enough to tell who must act. Your administrator can read the details.</source>
        <translation>拒否の内容からは、誰が対応すべきか判断できません。社内の管理者なら詳細を読み解けます。</translation>
    </message>
    <message>
        <source>Your ISP or hosting provider</source>
        <translation>プロバイダー・レンタルサーバー会社</translation>
    </message>
    <message>
        <source>The blocklist operator</source>
        <translation>ブラックリストの運営者</translation>
    </message>
    <message>
        <source>The recipient's mail administrator</source>
        <translation>受信側のメール管理者</translation>
    </message>
    <message>
        <source>Your own administrator</source>
        <translation>社内の管理者</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Nobody yet: wait</source>
        <translation>今は待つ</translation>
    </message>
    <message>
        <source>The recipient's server still uses %1, a list that was shut down. It is not a listing of your server: the recipient's administrator must remove it from their configuration.</source>
        <translation>受信側のサーバーが、運用を終了したリスト %1 をまだ使っています。あなたのサーバーが登録されているわけではありません。受信側の管理者が設定から外す必要があります。</translation>
    </message>
    <message>
        <source>The recipient's server asks Spamhaus through a public or open DNS resolver, which Spamhaus refuses. Your server is not listed: the recipient's administrator must fix their configuration.</source>
        <translation>受信側のサーバーが、公開（オープン）DNSリゾルバー経由で Spamhaus に照会しており、Spamhaus に拒否されています。あなたのサーバーは登録されていません。受信側の管理者が設定を直す必要があります。</translation>
    </message>
    <message>
        <source>The refusal comes from the recipient's own settings, not from a listing of your server. Their administrator can allow your mail.</source>
        <translation>この拒否は受信側の設定によるもので、あなたのサーバーがブラックリストに登録されているわけではありません。先方の管理者ならメールを許可できます。</translation>
    </message>
    <message>
        <source>The returned message passed through a cloud mail service (Microsoft 365, Google Workspace or similar).</source>
        <translation>返ってきたメールはクラウドのメールサービス（Microsoft 365、Google Workspace など）を経由していました。</translation>
    </message>
    <message>
        <source>The IP address is assigned to an organisation (%1): it may be your own network.</source>
        <translation>このIPアドレスは組織（%1）に割り当てられています。自社のネットワークかもしれません。</translation>
    </message>
    <message>
        <source>The IP address belongs to %1, a provider's allocation.</source>
        <translation>このIPアドレスはプロバイダーの割り当て（%1）に属しています。</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks like a provider's or hosting company's server.</source>
        <translation>逆引きDNS名 %1 はプロバイダーやレンタルサーバー会社のサーバーのようです。</translation>
    </message>
    <message>
        <source>Nothing in the bounce shows who runs the sending server; most small businesses send through their provider.</source>
        <translation>エラーメールからは送信サーバーの運用者がわかりません。多くの中小企業はプロバイダーのサーバーから送信しています。</translation>
    </message>
    <message>
        <source>Request to your ISP or hosting provider</source>
        <translation>プロバイダー・レンタルサーバー会社への依頼</translation>
    </message>
    <message>
        <source>Answers for the removal form</source>
        <translation>削除依頼フォームへの回答</translation>
    </message>
    <message>
        <source>Request to the recipient's administrator</source>
        <translation>受信側の管理者への依頼</translation>
    </message>
    <message>
        <source>Note for your own administrator</source>
        <translation>社内の管理者へのメモ</translation>
    </message>
    <message>
        <source>Message to the recipient (by another channel)</source>
        <translation>受信者へのメッセージ（別の連絡手段で）</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（非表示）</translation>
    </message>
    <message>
        <source>Bounce Navigator report</source>
        <translation>バウンスナビゲーター レポート</translation>
    </message>
    <message>
        <source>Created %1 by Bounce Navigator %2.</source>
        <translation>%1 にバウンスナビゲーター %2 で作成しました。</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>宛先不明</translation>
    </message>
    <message>
        <source>Who must act first</source>
        <translation>最初に対応すべき人</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Permanent or temporary</source>
        <translation>恒久的か一時的か</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>拒否したサーバー</translation>
    </message>
    <message>
        <source>SMTP step</source>
        <translation>SMTPの段階</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運営者</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Listed IP</source>
        <translation>登録されたIP</translation>
    </message>
    <message>
        <source>Listed domain</source>
        <translation>登録されたドメイン</translation>
    </message>
    <message>
        <source>How you send mail</source>
        <translation>送信方法</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>拒否内容: %1</translation>
    </message>
    <message>
        <source>Blocklist: %1 %2, listed IP %3</source>
        <translation>ブラックリスト: %1 %2、登録されたIP %3</translation>
    </message>
    <message>
        <source>Who must act first: %1</source>
        <translation>最初に対応すべき人: %1</translation>
    </message>
    <message>
        <source>Not looked up: the network is switched off.</source>
        <translation>未照会: ネットワークがオフになっています。</translation>
    </message>
    <message>
        <source>No registry is known for this address.</source>
        <translation>このアドレスを管理するレジストリがわかりません。</translation>
    </message>
    <message>
        <source>APNIC delegates this address to JPNIC, which did not answer: %1</source>
        <translation>このアドレスは APNIC から JPNIC に委任されていますが、JPNIC から応答がありませんでした: %1</translation>
    </message>
    <message>
        <source>Message %1 of %2 is larger than %3 MB and was skipped.</source>
        <translation>%2 の %1 番目のメッセージは %3 MB を超えているため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>A receiving server reports that your message failed authentication (SPF, DKIM or DMARC) for your domain.</source>
        <translation>受信側のサーバーから、あなたのメールがドメインの送信者認証（SPF・DKIM・DMARC）に失敗したとの報告がありました。</translation>
    </message>
    <message>
        <source>Send the note below to your administrator: the domain's SPF, DKIM and DMARC settings need checking.</source>
        <translation>下の連絡文を管理者に送ってください。ドメインの SPF・DKIM・DMARC の設定を確認する必要があります。</translation>
    </message>
    <message>
        <source>The recipient asked to be taken off your mailing list.</source>
        <translation>受信者から、配信リストからの登録解除（配信停止）の依頼がありました。</translation>
    </message>
    <message>
        <source>Remove the address from the list, or ask whoever runs the mailing to remove it.</source>
        <translation>このアドレスを配信リストから削除するか、配信の担当者に削除を依頼してください。</translation>
    </message>
    <message>
        <source>The domain of %1 does not accept e-mail at all (it names no mail server, or refuses every message). Waiting does not help.</source>
        <translation>%1 のドメインはメールをまったく受け付けていません（メールサーバーが設定されていないか、すべてのメールを拒否しています）。待っても解決しません。</translation>
    </message>
    <message>
        <source>Your server stopped trying: the receiving side stayed unreachable, busy or limiting the rate. Such trouble usually passes.</source>
        <translation>送信側のサーバーは再送をあきらめました。受信側が接続できない、混雑している、または送信量を制限している状態が続いたためです。このような問題は通常、時間がたてば解消します。</translation>
    </message>
    <message>
        <source>a domain your message names (in a link, or your own domain)</source>
        <translation>メールに含まれるドメイン（リンク先、または自分のドメイン）</translation>
    </message>
    <message>
        <source>%1 listed %2 on %3, a temporary list: entries expire by themselves (%4). This refusal was final, so send the message again once the entry has expired.</source>
        <translation>%1 が %2 を一時的なリスト「%3」に登録しています。登録は自動的に消えます（%4）。今回の拒否は最終的なもので再送されないため、登録が消えてからメールをもう一度送ってください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The address "%1" cannot be read: it holds bytes that are not valid text. No part of it is taken for the recipient.</source>
        <translation>アドレス「%1」は読み取れません。文字として正しくないバイトを含んでいるためです。その一部を宛先とみなすことはしません。</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセス権がありません</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>パスの途中にフォルダーではないものがあります</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>シンボリックリンクが多すぎます</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>nothing is connected to it (a socket, or a device that is not there)</source>
        <translation>接続先がありません（ソケット、または存在しないデバイス）</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: open mail server logs with Log import, and split large mailboxes.</source>
        <translation>%1 は %2 MB を超えています。メールサーバーのログは「ログの読み込み」で開き、大きなメールボックスは分割してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>A %1 part is not valid base64 and was not read.</source>
        <extracomment>%1 is a MIME type, e.g. text/plain or message/delivery-status</extracomment>
        <translation>%1 のパートは正しい base64 ではないため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>Parts nested more than %1 levels deep were not read.</source>
        <translation>%1 階層より深く入れ子になったパートは読み込みませんでした。</translation>
    </message>
    <message>
        <source>the network is switched off</source>
        <translation>ネットワークがオフ</translation>
    </message>
    <message>
        <source>no network, or the DNS server cannot be reached</source>
        <translation>ネットワーク未接続、またはDNSサーバーに接続できない</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>DNSサーバーのエラー</translation>
    </message>
    <message>
        <source>the DNS server refused</source>
        <translation>DNSサーバーが拒否</translation>
    </message>
    <message>
        <source>the list refuses your DNS server</source>
        <translation>お使いのDNSサーバーからの問い合わせをリストが拒否</translation>
    </message>
    <message>
        <source>an answer the list does not use</source>
        <translation>リストが定めていない応答</translation>
    </message>
    <message>
        <source>the list's answers cannot be trusted</source>
        <translation>リストの応答が信頼できない</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation>問い合わせに失敗</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>登録あり</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>could not check (%1)</source>
        <translation>確認できず（%1）</translation>
    </message>
    <message>
        <source>not queried</source>
        <translation>未照会</translation>
    </message>
    <message numerus="yes">
        <source>listed on %n list(s)</source>
        <translation><numerusform>%n件のリストに登録あり</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>not listed on %n</source>
        <translation><numerusform>%n件で登録なし</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked (%1)</source>
        <translation><numerusform>%n件は確認できず（%1）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not queried</source>
        <translation><numerusform>%n件は問い合わせ対象外</numerusform></translation>
    </message>
    <message>
        <source>No list was checked.</source>
        <translation>確認したリストはありません。</translation>
    </message>
    <message>
        <source>Nothing could be checked: the network is switched off. Switch it on and check again.</source>
        <translation>何も確認できませんでした。ネットワークがオフになっています。オンにしてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Nothing could be checked: this computer has no network connection, or its DNS server (%1) cannot be reached. Connect to the network and check again.</source>
        <translation>何も確認できませんでした。このパソコンがネットワークに接続されていないか、DNSサーバー（%1）に接続できません。ネットワークに接続してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>the system's</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>Nothing could be checked: the DNS server this computer uses (%1) does not give the lists' real answers. Many blocklists refuse queries from large public resolvers, and some hotel, office and ISP resolvers alter the answers. Check again on another network, or set your own DNS server, or a Spamhaus DQS key, in the settings.</source>
        <translation>何も確認できませんでした。このパソコンが使っているDNSサーバー（%1）からは、ブラックリストの正しい応答が得られません。多くのブラックリストは大手の公開DNSサービスからの問い合わせを拒否しており、ホテルや会社、プロバイダーのDNSサーバーには応答を書き換えるものもあります。別のネットワークで確認し直すか、設定で別のDNSサーバーまたはSpamhaus DQSのキーを指定してください。</translation>
    </message>
    <message>
        <source>Nothing could be checked: the DNS server (%1) did not answer. Check again in a moment.</source>
        <translation>何も確認できませんでした。DNSサーバー（%1）から応答がありません。しばらくしてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Blocklists for %1: %2</source>
        <translation>%1 のブラックリスト確認: %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>%1 に登録あり（%2）</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>逆引きDNS: %1</translation>
    </message>
    <message>
        <source>Owner of the IP: %1</source>
        <translation>IPアドレスの管理者: %1</translation>
    </message>
    <message>
        <source>Owner unknown: %1</source>
        <translation>所有者不明: %1</translation>
    </message>
    <message>
        <source>Owner not checked: %1</source>
        <translation>管理者は未確認: %1</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>ライブ確認</translation>
    </message>
    <message>
        <source>after a while</source>
        <translation>一定期間後</translation>
    </message>
    <message>
        <source>%1, a commercial reputation service, judged %2 (%3). The address belongs to your provider: only the provider can find what harmed its reputation and ask for the removal. A request you file yourself for the provider's address is not taken up.</source>
        <translation>商用のレピュテーションサービスである %1 が %2 を低評価と判定しました（%3）。このアドレスはご利用のプロバイダーのものです。評価を下げた原因を調べて削除を依頼できるのはプロバイダーだけで、プロバイダーのアドレスについてお客様ご自身が依頼しても受け付けられません。</translation>
    </message>
    <message>
        <source>Send the message below to your provider's support desk; it quotes the refusal and asks them to request the removal.</source>
        <translation>下の文面をプロバイダーのサポート窓口へ送ってください。拒否の内容を引用し、削除依頼をお願いする文面です。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3) because abuse was recorded from that address: spam trap hits, an infected computer or a hacked mailbox. The entry expires by itself, but only once the abuse stops: waiting without finding the source gets the address listed again. Your own administrator must find and stop it first.</source>
        <translation>%1 は %2 を掲載しています（%3）。このアドレスから不正な送信（スパムトラップへの着信、ウイルスに感染したパソコン、乗っ取られたメールアカウントなど）が記録されたためです。掲載は自動的に解除されますが、それは不正な送信が止まってからです。発生源を突き止めずに待つだけでは再び掲載されます。まず自社の管理者が発生源を見つけて止める必要があります。</translation>
    </message>
    <message>
        <source>Find the source: hacked mailboxes or passwords, infected computers behind the same address, web forms that send mail, unusual volume in the mail log.</source>
        <translation>発生源を調べてください。乗っ取られたメールアカウントや漏れたパスワード、同じアドレスから通信しているウイルス感染パソコン、メールを送信するWebフォーム、メールログ上の異常な送信量などです。</translation>
    </message>
    <message>
        <source>Once the source is stopped, the entry expires by itself (%1); where the list offers a removal request, you may file it then.</source>
        <translation>発生源を止めれば、掲載は自動的に解除されます（%1）。リストが削除依頼を受け付けている場合は、その後で依頼することもできます。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3) because abuse was recorded from that address, which belongs to your provider. The entry expires by itself only once the abuse stops, and only the provider can find its source on its servers.</source>
        <translation>%1 は %2 を掲載しています（%3）。ご利用のプロバイダーのアドレスから不正な送信が記録されたためです。掲載は不正な送信が止まって初めて自動的に解除され、その発生源をサーバー上で突き止められるのはプロバイダーだけです。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3) for the address range it belongs to (a dynamic range, a missing reverse DNS name, or a range with too much abuse), not for mail you sent. Only the owner of the IP address controls the range and its reverse DNS: your ISP, hosting provider or data centre.</source>
        <translation>%1 は %2 を掲載しています（%3）。お客様が送ったメールのためではなく、このアドレスが属する範囲（動的に割り当てられる範囲、逆引きDNS名のない範囲、不正な送信の多い範囲など）のためです。範囲とその逆引きDNSを管理できるのはIPアドレスの所有者、つまりプロバイダー、ホスティング事業者またはデータセンターだけです。</translation>
    </message>
    <message>
        <source>Send the message below to the owner of the address (your ISP, hosting provider or data centre).</source>
        <translation>下の文面をアドレスの所有者（プロバイダー、ホスティング事業者またはデータセンター）へ送ってください。</translation>
    </message>
    <message>
        <source>Meanwhile, send through your provider's mail server (the submission port 587 with a password): its address is not in such a range.</source>
        <translation>それまでの間は、プロバイダーのメールサーバー経由で送信してください（サブミッションポート587、パスワード認証あり）。そのサーバーのアドレスはこうした範囲に含まれません。</translation>
    </message>
    <message>
        <source>%1 lists %2 (%3). Such a list judges a domain, not the server that sent the message: changing provider or server does not help. Clean up what made the domain listed, then ask %1 for the removal.</source>
        <translation>%1 は %2 を掲載しています（%3）。このリストが判定するのは送信したサーバーではなくドメインです。プロバイダーやサーバーを変えても解決しません。掲載の原因を取り除いたうえで、%1 に削除を依頼してください。</translation>
    </message>
    <message>
        <source>Find and remove the cause first: a hacked website or mailbox of the domain, or links in your messages to a listed site. If the listed domain is not yours but a site your message links to, remove the link and send again.</source>
        <translation>まず原因を見つけて取り除いてください。ドメインのWebサイトやメールアカウントの乗っ取り、掲載されたサイトへのメール内のリンクなどです。掲載されたドメインが自社のものではなくメール内のリンク先である場合は、そのリンクを削除して送り直してください。</translation>
    </message>
    <message>
        <source>Then ask for the removal on the list's page; the answers are prepared below.</source>
        <translation>そのうえで、リストのページで削除を依頼してください。記入内容は下に用意してあります。</translation>
    </message>
    <message>
        <source>%1 judged the reputation of your domain (%2): it is not a listing of an IP address, there is no list to be removed from, and your provider cannot change it. Your own sending practice and authentication decide it.</source>
        <translation>%1 はお客様のドメインの評価（レピュテーション）を低いと判定しました（%2）。IPアドレスの掲載ではないため削除を依頼するリストはなく、プロバイダーにも変えられません。評価を決めるのは、自社の送信のしかたと送信ドメイン認証です。</translation>
    </message>
    <message>
        <source>Ask your administrator to check that SPF, DKIM and DMARC pass and align for your domain.</source>
        <translation>自社のドメインで SPF・DKIM・DMARC が成功し、送信元ドメインと一致（アライメント）しているか、管理者に確認を依頼してください。</translation>
    </message>
    <message>
        <source>Send only to people who asked for your mail, remove addresses that bounce, make unsubscribing easy and lower the volume for a while: the reputation recovers as complaints fall.</source>
        <translation>受信を希望した相手にだけ送り、エラーになるアドレスは配信先から外し、配信停止を簡単にし、しばらく送信量を減らしてください。迷惑メール報告が減るにつれて評価は回復します。</translation>
    </message>
    <message>
        <source>The address %1 does not follow the standard address syntax (two dots in a row, or a dot at the start or just before @). Some carriers once allowed such addresses, and they are real, but many mail servers and services refuse to send to them.</source>
        <translation>アドレス %1 はメールアドレスの標準の書式に従っていません（ドットが連続している、先頭や @ の直前にドットがある）。かつて一部の携帯電話会社ではこうしたアドレスを登録でき、実在するアドレスですが、多くのメールサーバーやサービスはこうしたアドレスへの送信を拒否します。</translation>
    </message>
    <message>
        <source>The address %1 breaks the standard address syntax, and the server refused to send to it. Only the recipient can give you another address or change theirs.</source>
        <translation>アドレス %1 は標準の書式に従っていないため、サーバーが送信を拒否しました。別のアドレスを教えてもらうか、アドレスを変更してもらえるのは受信者本人だけです。</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or another channel, for an address without consecutive dots or a dot before @ (carriers let them change it in the phone's mail settings).</source>
        <translation>電話など別の手段で受信者に連絡し、ドットの連続や @ の直前のドットがないアドレスを教えてもらってください（携帯電話会社のアドレスは端末のメール設定から変更できます）。</translation>
    </message>
    <message>
        <source>%1 is a mobile carrier's address. The carrier answers "unknown user" both when the address does not exist and when the recipient's own reception filter, set on the phone, refuses your mail. Only the recipient can tell which, and allow your address.</source>
        <translation>%1 は携帯電話会社のアドレスです。携帯電話会社は、アドレスが存在しない場合だけでなく、受信者が端末で設定した受信拒否（迷惑メールフィルター）でメールを受け取らなかった場合にも「unknown user」と応答します。どちらなのかを確かめ、お客様のアドレスの受信を許可できるのは受信者本人だけです。</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or in person, to allow your address or domain in the carrier's reception settings (the spam filter or the list of allowed senders), or for their current address.</source>
        <translation>電話や対面で受信者に連絡し、携帯電話会社の受信設定（迷惑メールフィルターや受信リスト）でお客様のアドレスまたはドメインを許可してもらうか、現在のアドレスを教えてもらってください。</translation>
    </message>
    <message>
        <source>Watch how %1 rates your domain on its page for senders.</source>
        <translation>%1 の送信者向けページで、自社ドメインの評価を確認してください。</translation>
    </message>
    <message>
        <source>%1 judged the reputation of your sending domain: it is not a listing of an IP address, there is no list to be removed from, and your provider cannot change it. Your own sending practice and authentication decide it.</source>
        <translation>%1 はお客様の送信ドメインの評価（レピュテーション）を低いと判定しました。IPアドレスの掲載ではないため削除を依頼するリストはなく、プロバイダーにも変えられません。評価を決めるのは、自社の送信のしかたと送信ドメイン認証です。</translation>
    </message>
</context>
<context>
    <name>bn::BlocklistCheck</name>
    <message>
        <source>This list was shut down; it is never queried. A refusal that names it comes from a receiving server with an outdated configuration.</source>
        <translation>このリストは運用を終了しているため照会しません。このリストを名指しした拒否は、設定が古い受信サーバーによるものです。</translation>
    </message>
    <message>
        <source>This list has no public DNS zone: check it on the operator's web page.</source>
        <translation>このリストには公開のDNSゾーンがありません。運営者のWebページで確認してください。</translation>
    </message>
    <message>
        <source>Not an IP address or a domain name.</source>
        <translation>IPアドレスでもドメイン名でもありません。</translation>
    </message>
    <message>
        <source>This list does not cover this kind of address.</source>
        <translation>このリストはこの種類のアドレスを扱っていません。</translation>
    </message>
    <message>
        <source>This list needs an access key; store one in the settings to check it.</source>
        <translation>このリストの確認にはアクセスキーが必要です。設定でキーを保存してください。</translation>
    </message>
    <message>
        <source>Not checked: the network is switched off.</source>
        <translation>未確認: ネットワークがオフになっています。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The DNS server failed to answer (SERVFAIL).</source>
        <translation>DNSサーバーが応答に失敗しました（SERVFAIL）。</translation>
    </message>
    <message>
        <source>The DNS server refused the query.</source>
        <translation>DNSサーバーが照会を拒否しました。</translation>
    </message>
    <message>
        <source>The query failed.</source>
        <translation>照会に失敗しました。</translation>
    </message>
    <message>
        <source>This list failed its health check (RFC 5782 test entries): its answers are not trusted.</source>
        <translation>このリストは動作確認（RFC 5782 のテスト項目）に失敗しました。応答は信頼できません。</translation>
    </message>
    <message>
        <source>No answer before the check's deadline.</source>
        <translation>確認の期限までに応答がありませんでした。</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached: no network, no route, or nothing answers on its port.</source>
        <translation>DNSサーバーに接続できません（ネットワーク未接続、経路なし、またはサーバーが応答しない）。</translation>
    </message>
    <message>
        <source>Reverse DNS was not checked: the check was cancelled.</source>
        <translation>確認を中止したため、逆引きDNSは確認していません。</translation>
    </message>
    <message>
        <source>Reverse DNS: no answer before the check's deadline.</source>
        <translation>逆引きDNS: 確認の制限時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Reverse DNS could not be checked: the DNS server's answers cannot be trusted.</source>
        <translation>逆引きDNSは確認できませんでした。DNSサーバーの応答が信頼できません。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message>
        <source>The list's test entries were not answered, so its answer is not trusted.</source>
        <translation>リストの動作確認用エントリーに応答がなかったため、この応答は信頼できません。</translation>
    </message>
    <message>
        <source>The DNS server answers the other lists' test entries wrongly too: this answer is not trusted.</source>
        <translation>DNSサーバーは他のリストの動作確認用エントリーにも誤った応答を返しています。この応答は信頼できません。</translation>
    </message>
</context>
<context>
    <name>bn::Catalog</name>
    <message>
        <source>A DNS zone has no name.</source>
        <translation>名前のないDNSゾーンがあります。</translation>
    </message>
    <message>
        <source>The DNS zone %1 documents no answer codes.</source>
        <translation>DNSゾーン %1 には応答コードの説明がありません。</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1</source>
        <translation>カタログが正しいJSONではありません: %1</translation>
    </message>
    <message>
        <source>An operator has no id or name.</source>
        <translation>IDまたは名前のない運営者があります。</translation>
    </message>
    <message>
        <source>The catalog names no operator.</source>
        <translation>カタログに運営者がありません。</translation>
    </message>
</context>
<context>
    <name>bn::DnsChannel</name>
    <message>
        <source>%1 is not a DNS server address (an IP address, optionally with :PORT).</source>
        <translation>%1 はDNSサーバーのアドレスではありません（IPアドレス、必要なら :ポート番号 を付けて指定します）。</translation>
    </message>
</context>
<context>
    <name>bn::Dnsbl</name>
    <message>
        <source>An answer this list does not document: not a listing.</source>
        <translation>このリストが公開していない応答です。登録ではありません。</translation>
    </message>
</context>
<context>
    <name>bn::HostResolver</name>
    <message>
        <source>The DNS resolver could not start.</source>
        <translation>DNSの名前解決を開始できませんでした。</translation>
    </message>
    <message>
        <source>No answer in time for the address of %1.</source>
        <translation>%1 のアドレスの問い合わせに、時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up: no network.</source>
        <translation>ネットワークに接続されていないため、%1 のアドレスを調べられませんでした。</translation>
    </message>
    <message>
        <source>The address of %1 could not be found.</source>
        <translation>%1 のアドレスが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>bn::InputFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 was skipped: it is not a regular file (a FIFO, a device or a socket).</source>
        <translation>%1 は通常のファイルではない（FIFO、デバイスまたはソケット）ため、読み飛ばしました。</translation>
    </message>
</context>
<context>
    <name>bn::KeyJob</name>
    <message>
        <source>No key named %1 is stored.</source>
        <translation>%1 という名前のキーは保存されていません。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be stored safely. It was not saved.</source>
        <translation>システムのキーチェーンが使えないため、キーを安全に保存できません。キーは保存されませんでした。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>システムのキーチェーンでエラーが発生しました（%1）。</translation>
    </message>
</context>
<context>
    <name>bn::LogScanner</name>
    <message>
        <source>%1 is a damaged compressed file.</source>
        <translation>%1 は壊れた圧縮ファイルです。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a mail log.</source>
        <translation>%1 はバイナリファイルで、メールログではありません。</translation>
    </message>
    <message>
        <source>%1 is not a mail log this version can read (Postfix, Exim, Sendmail, Exchange message tracking or Microsoft 365 message trace).</source>
        <translation>%1 は、このバージョンで読めるメールログ（Postfix、Exim、Sendmail、Exchange のメッセージ追跡、Microsoft 365 のメッセージ トレース）ではありません。</translation>
    </message>
</context>
<context>
    <name>bn::OwnerLookup</name>
    <message>
        <source>The HTTP client could not start.</source>
        <translation>HTTP クライアントを開始できませんでした。</translation>
    </message>
    <message>
        <source>The registry did not answer in time.</source>
        <translation>レジストリが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>レジストリのリダイレクトが多すぎます。</translation>
    </message>
    <message>
        <source>The registry could not be reached: %1</source>
        <translation>レジストリに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The registry has no record of this address (404).</source>
        <translation>レジストリにこのアドレスの登録がありません（404）。</translation>
    </message>
    <message>
        <source>The registry answered 429 Too Many Requests; try again later.</source>
        <translation>レジストリが 429 Too Many Requests を返しました。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The registry had an error (%1); try again later.</source>
        <translation>レジストリでエラーが発生しました（%1）。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The registry refused the query (%1).</source>
        <translation>レジストリが照会を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The registry's address is not valid: %1</source>
        <translation>登録機関のアドレスが正しくありません: %1</translation>
    </message>
</context>
<context>
    <name>bn::Rdap</name>
    <message>
        <source>The registry's answer is not valid RDAP (JSON).</source>
        <translation>レジストリの応答が正しい RDAP（JSON）ではありません。</translation>
    </message>
    <message>
        <source>The registry's answer is not an IP network.</source>
        <translation>レジストリの応答が IP ネットワークの情報ではありません。</translation>
    </message>
    <message>
        <source>The IANA bootstrap file was not valid.</source>
        <translation>IANA のブートストラップファイルが正しくありませんでした。</translation>
    </message>
    <message>
        <source>The bootstrap file could not be saved in %1.</source>
        <translation>ブートストラップファイルを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The bootstrap file was not refreshed: the last try failed.</source>
        <translation>前回の更新に失敗したため、ブートストラップファイルは更新していません。</translation>
    </message>
</context>
<context>
    <name>bn::Reader</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not an e-mail or text (it looks like a binary file).</source>
        <translation>%1 はメールやテキストではありません（バイナリファイルのようです）。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読めません。</translation>
    </message>
    <message>
        <source>%1 is not a readable Outlook .msg file.</source>
        <translation>%1 は読み取れる Outlook の .msg ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 holds no message text.</source>
        <translation>%1 にはメッセージの本文がありません。</translation>
    </message>
</context>
<context>
    <name>bn::ReverseDns</name>
    <message>
        <source>The IP address has no reverse DNS (PTR) name.</source>
        <translation>このIPアドレスには逆引きDNS（PTR）名がありません。</translation>
    </message>
    <message>
        <source>Reverse DNS could not be checked: no network.</source>
        <translation>ネットワークに接続されていないため、逆引きDNSを確認できませんでした。</translation>
    </message>
    <message>
        <source>Reverse DNS could not be checked: the lookup failed.</source>
        <translation>逆引きDNSを確認できませんでした（問い合わせに失敗）。</translation>
    </message>
</context>
<context>
    <name>bn::catalog</name>
    <message>
        <source>24 hours after the last report</source>
        <translation>最後の報告から24時間後</translation>
    </message>
    <message>
        <source>5 minutes to 12 hours</source>
        <translation>5分から12時間</translation>
    </message>
    <message>
        <source>6 to 36 hours after a removal request</source>
        <translation>解除申請から6〜36時間後</translation>
    </message>
    <message>
        <source>7 days after the last abuse</source>
        <translation>最後の迷惑行為から7日後</translation>
    </message>
    <message>
        <source>about 4 hours</source>
        <translation>約4時間</translation>
    </message>
    <message>
        <source>expires automatically</source>
        <translation>自動的に失効</translation>
    </message>
    <message>
        <source>up to 24 hours after delisting</source>
        <translation>登録解除から最大24時間</translation>
    </message>
    <message>
        <source>usually within 24 hours of a removal request</source>
        <translation>通常は解除申請から24時間以内</translation>
    </message>
    <message>
        <source>ABUSE: spam</source>
        <translation>ABUSE: スパム</translation>
    </message>
    <message>
        <source>Abusix black list</source>
        <translation>Abusix ブラックリスト</translation>
    </message>
    <message>
        <source>Abusix exploit list</source>
        <translation>Abusix エクスプロイトリスト（乗っ取られたホスト）</translation>
    </message>
    <message>
        <source>Abusix policy list</source>
        <translation>Abusix ポリシーリスト（メールを直接送るべきでないアドレス）</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <translation>BCL: ボットネットの指令サーバー</translation>
    </message>
    <message>
        <source>CR: cracked sites</source>
        <translation>CR: 不正侵入されたサイト</translation>
    </message>
    <message>
        <source>CSS: automated spam-source listing</source>
        <translation>CSS: スパム送信元として自動登録</translation>
    </message>
    <message>
        <source>DROP: hijacked or criminal network</source>
        <translation>DROP: 乗っ取られた、または犯罪に使われているネットワーク</translation>
    </message>
    <message>
        <source>H1: probably legitimate</source>
        <translation>H1: おそらく正当</translation>
    </message>
    <message>
        <source>H2: possibly legitimate</source>
        <translation>H2: 正当の可能性あり</translation>
    </message>
    <message>
        <source>H3: good</source>
        <translation>H3: 良好</translation>
    </message>
    <message>
        <source>H4: very good</source>
        <translation>H4: 非常に良好</translation>
    </message>
    <message>
        <source>H5: excellent</source>
        <translation>H5: 極めて良好</translation>
    </message>
    <message>
        <source>MW: malware</source>
        <translation>MW: マルウェア</translation>
    </message>
    <message>
        <source>Mailspike block list</source>
        <translation>Mailspike ブロックリスト</translation>
    </message>
    <message>
        <source>NOBL (not a spam-only source)</source>
        <translation>NOBL（スパム専用の送信元ではない）</translation>
    </message>
    <message>
        <source>PBL: end-user address range (maintained by Spamhaus)</source>
        <translation>PBL: エンドユーザー向けアドレス範囲（Spamhaus が管理）</translation>
    </message>
    <message>
        <source>PBL: end-user address range (maintained by the ISP)</source>
        <translation>PBL: エンドユーザー向けアドレス範囲（ISP が管理）</translation>
    </message>
    <message>
        <source>PH: phishing</source>
        <translation>PH: フィッシング</translation>
    </message>
    <message>
        <source>Query error: an IP address was queried against a domain list</source>
        <translation>問い合わせエラー: ドメイン用のリストにIPアドレスを問い合わせました</translation>
    </message>
    <message>
        <source>Query error: typing error in the list name</source>
        <translation>問い合わせエラー: リスト名の入力ミス</translation>
    </message>
    <message>
        <source>Query refused</source>
        <translation>問い合わせが拒否されました</translation>
    </message>
    <message>
        <source>Query refused (public resolver or over quota)</source>
        <translation>問い合わせが拒否されました（公開DNSリゾルバーの利用、または上限超過）</translation>
    </message>
    <message>
        <source>Query refused: sent through a public or unattributable resolver</source>
        <translation>問い合わせが拒否されました: 公開DNSリゾルバーまたは利用者を特定できないリゾルバー経由の問い合わせです</translation>
    </message>
    <message>
        <source>Query refused: too many queries</source>
        <translation>問い合わせが拒否されました: 問い合わせ回数が多すぎます</translation>
    </message>
    <message>
        <source>SBL: Spamhaus Block List (spam source)</source>
        <translation>SBL: Spamhaus Block List（スパム送信元）</translation>
    </message>
    <message>
        <source>UCEPROTECT level 1: this IP</source>
        <translation>UCEPROTECT レベル1: このIPアドレス</translation>
    </message>
    <message>
        <source>UCEPROTECT level 2: the provider's allocation</source>
        <translation>UCEPROTECT レベル2: プロバイダーに割り当てられたアドレス範囲</translation>
    </message>
    <message>
        <source>UCEPROTECT level 3: the provider's whole network (ASN)</source>
        <translation>UCEPROTECT レベル3: プロバイダーのネットワーク全体（ASN）</translation>
    </message>
    <message>
        <source>XBL: exploited or infected host (CBL)</source>
        <translation>XBL: 乗っ取られた、または感染したホスト（CBL）</translation>
    </message>
    <message>
        <source>abused legitimate botnet C&amp;C domain</source>
        <translation>悪用された正規ドメイン（ボットネットの指令サーバー）</translation>
    </message>
    <message>
        <source>abused legitimate malware domain</source>
        <translation>悪用された正規ドメイン（マルウェア）</translation>
    </message>
    <message>
        <source>abused legitimate phish domain</source>
        <translation>悪用された正規ドメイン（フィッシング）</translation>
    </message>
    <message>
        <source>abused legitimate spam domain</source>
        <translation>悪用された正規ドメイン（スパム）</translation>
    </message>
    <message>
        <source>abused spammed redirector domain</source>
        <translation>スパムに悪用されたリダイレクト用ドメイン</translation>
    </message>
    <message>
        <source>black</source>
        <translation>ブラック</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>botnet C&amp;C domain</source>
        <translation>ボットネットの指令サーバーのドメイン</translation>
    </message>
    <message>
        <source>brown list (all spam, not yet black)</source>
        <translation>ブラウンリスト（すべてスパムだが、まだブラックではない）</translation>
    </message>
    <message>
        <source>generic or dynamic-looking reverse DNS</source>
        <translation>汎用的または動的IPに見える逆引きDNS名</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>listed by Barracuda</source>
        <translation>Barracuda に登録</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>マルウェアのドメイン</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <translation>逆引きDNSの設定なし</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>フィッシングのドメイン</translation>
    </message>
    <message>
        <source>red</source>
        <translation>レッド</translation>
    </message>
    <message>
        <source>reported to SpamCop</source>
        <translation>SpamCop に報告あり</translation>
    </message>
    <message>
        <source>reputation L1: probably spam</source>
        <translation>評価 L1: おそらくスパム</translation>
    </message>
    <message>
        <source>reputation L2: suspicious</source>
        <translation>評価 L2: 疑わしい</translation>
    </message>
    <message>
        <source>reputation L3: bad</source>
        <translation>評価 L3: 悪い</translation>
    </message>
    <message>
        <source>reputation L4: very bad</source>
        <translation>評価 L4: 非常に悪い</translation>
    </message>
    <message>
        <source>reputation L5: worst</source>
        <translation>評価 L5: 最悪</translation>
    </message>
    <message>
        <source>sent mail to a PSBL spam trap</source>
        <translation>PSBL のスパムトラップにメールを送信</translation>
    </message>
    <message>
        <source>spam domain</source>
        <translation>スパムのドメイン</translation>
    </message>
    <message>
        <source>spam source</source>
        <translation>スパム送信元</translation>
    </message>
    <message>
        <source>whitelist (good sender)</source>
        <translation>ホワイトリスト（良好な送信元）</translation>
    </message>
    <message>
        <source>yellow list (mixed)</source>
        <translation>イエローリスト（正当なメールとスパムが混在）</translation>
    </message>
</context>
<context>
    <name>bn::cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Your DNS server looks like a public resolver, which blocklists refuse. Set a Spamhaus DQS key, or use another DNS server (--nameserver).</source>
        <translation>お使いのDNSサーバーは公開リゾルバーのようで、ブラックリスト側に拒否されます。Spamhaus DQS のキーを設定するか、別のDNSサーバーを使ってください（--nameserver）。</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 (%2)</source>
        <translation>逆引きDNS: %1（%2）</translation>
    </message>
    <message>
        <source>forward-confirmed</source>
        <translation>正引きと一致</translation>
    </message>
    <message>
        <source>not forward-confirmed</source>
        <translation>正引きと不一致</translation>
    </message>
    <message>
        <source>The reverse DNS name looks generic or dynamic: a common cause of DUL, PBL and RATS-Dyna listings.</source>
        <translation>逆引きDNS名が汎用的または動的なものに見えます。DUL、PBL、RATS-Dyna に登録されるよくある原因です。</translation>
    </message>
    <message>
        <source>%1 takes a number of milliseconds.</source>
        <translation>%1 にはミリ秒の数値を指定してください。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプション: %1</translation>
    </message>
    <message>
        <source>(recipient unknown)</source>
        <translation>（宛先不明）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>temporary failure (the server will retry)</source>
        <translation>一時的な失敗（サーバーが再送します）</translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation>恒久的な失敗</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>応答コード:</translation>
    </message>
    <message>
        <source>SMTP step:</source>
        <extracomment>The SMTP command the server refused (RCPT, DATA…)</extracomment>
        <translation>SMTPの段階:</translation>
    </message>
    <message>
        <source>Refused by:</source>
        <translation>拒否したサーバー:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>報告したサーバー:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>運営者:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>リスト:</translation>
    </message>
    <message>
        <source>Listed IP:</source>
        <translation>登録されたIP:</translation>
    </message>
    <message>
        <source>Listed domain:</source>
        <translation>登録されたドメイン:</translation>
    </message>
    <message>
        <source>Diagnostic:</source>
        <translation>診断:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Usage: bouncenav decode [--json|--jsonl] PATH|- ...</source>
        <translation>使い方: bouncenav decode [--json|--jsonl] PATH|- ...</translation>
    </message>
    <message>
        <source>No bounced recipient was found.</source>
        <translation>配信に失敗した宛先は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Who must act first: %1</source>
        <translation>最初に対応すべき人: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>--sending-via takes provider, own-server, cloud or unknown.</source>
        <translation>--sending-via には provider、own-server、cloud、unknown のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--lang takes en or ja.</source>
        <translation>--lang には en または ja を指定してください。</translation>
    </message>
    <message>
        <source>--report takes a file name.</source>
        <translation>--report にはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Usage: bouncenav COMMAND [OPTIONS] ARGUMENTS

Commands:
  decode [--json|--jsonl] PATH|- ...      explain bounced e-mail (files, folders, mbox, stdin)
  check [--json] IP|DOMAIN ...            check DNS blocklists, reverse DNS and the IP's owner
  guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] PATH|-
                                          who to contact, step by step, with messages to send
  scan-log [--json] LOGFILE ...           rejections in mail server logs, grouped

  --version                               print the version
  --help                                  print this help
</source>
        <translation>使い方: bouncenav コマンド [オプション] 引数

コマンド:
  decode [--json|--jsonl] PATH|- ...      エラーメールを解析（ファイル、フォルダー、mbox、標準入力）
  check [--json] IP|DOMAIN ...            DNSブラックリスト、逆引きDNS、IPの所有者を確認
  guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] PATH|-
                                          連絡先と手順、送信用メッセージを案内
  scan-log [--json] LOGFILE ...           メールサーバーのログの拒否をまとめて表示

  --version                               バージョンを表示
  --help                                  このヘルプを表示
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejection(s) in %1 group(s)</source>
        <translation><numerusform>%n 件の拒否（%1 グループ）</numerusform></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>[refused by this server]</source>
        <translation>［このサーバーが拒否］</translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>最初 %1、最後 %2</translation>
    </message>
    <message>
        <source>Skipped %1 line(s): %2 binary, %3 too long, %4 unreadable, %5 of another format or with missing columns.</source>
        <translation>%1 行をスキップしました: バイナリ %2、長すぎる行 %3、読めない行 %4、別の形式または列が足りない行 %5。</translation>
    </message>
    <message>
        <source>A compressed log ended early; the rejections read before the damage are shown.</source>
        <translation>圧縮されたログが途中で切れていました。壊れている箇所より前に読めた拒否を表示しています。</translation>
    </message>
    <message>
        <source>Usage: bouncenav scan-log [--json] LOGFILE|- ...</source>
        <translation>使い方: bouncenav scan-log [--json] LOGFILE|- ...</translation>
    </message>
    <message>
        <source>Owner: %1 (%2, %3 – %4, %5, %6)</source>
        <translation>所有者: %1（%2、%3 – %4、%5、%6）</translation>
    </message>
    <message>
        <source>Abuse contact: %1</source>
        <translation>不正利用の連絡先: %1</translation>
    </message>
    <message>
        <source>Owner unknown: %1</source>
        <translation>所有者不明: %1</translation>
    </message>
    <message>
        <source>Usage: bouncenav check [--json] [--nameserver HOST:PORT] [--timeout-ms N] [--zones-file FILE] [--rdap-bootstrap FILE] [--rdap-base URL] [--offline] IP|DOMAIN ...</source>
        <translation>使い方: bouncenav check [--json] [--nameserver HOST:PORT] [--timeout-ms N] [--zones-file FILE] [--rdap-bootstrap FILE] [--rdap-base URL] [--offline] IP|DOMAIN ...</translation>
    </message>
    <message>
        <source>Usage: bouncenav guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] [--offline] [--report FILE.html] [--hide-recipients] [lookup options of check] PATH|-</source>
        <translation>使い方: bouncenav guide [--json] [--sending-via provider|own-server|cloud|unknown] [--lang en|ja] [--offline] [--report FILE.html] [--hide-recipients] [check の照会オプション] PATH|-</translation>
    </message>
    <message>
        <source>The %1 command cannot start: its module (%2) is missing or damaged. Reinstall Bounce Navigator.
%3</source>
        <translation>%1 コマンドを開始できません: モジュール (%2) が見つからないか壊れています。Bounce Navigator を再インストールしてください。
%3</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1 の %2 番目のメッセージ</translation>
    </message>
    <message>
        <source>Owner not checked: %1</source>
        <translation>管理者は未確認: %1</translation>
    </message>
    <message>
        <source>An empty argument is not an IP address or a domain name.</source>
        <translation>空の引数は、IPアドレスでもドメイン名でもありません。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or a domain name.</source>
        <translation>「%1」はIPアドレスでもドメイン名でもありません。</translation>
    </message>
    <message>
        <source>Live check of %1: %2</source>
        <translation>%1 のライブ確認: %2</translation>
    </message>
    <message>
        <source>--nameserver takes the DNS server's IP address, optionally with a port from 1 to 65535 (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353).</source>
        <translation>--nameserver には、DNSサーバーのIPアドレスを指定します。必要なら1〜65535のポート番号を付けます（192.0.2.53、192.0.2.53:5353、[2001:db8::53]:5353）。</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>ご回答</translation>
    </message>
    <message>
        <source>How you send mail: %1 (your answer)</source>
        <translation>送信方法: %1（ご回答）</translation>
    </message>
    <message>
        <source>How you send mail: %1 (guessed: %2)</source>
        <translation>送信方法: %1（推定: %2）</translation>
    </message>
</context>
</TS>
