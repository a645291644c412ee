/**
 * Some of the most common passwords from public breach corpora (SecLists / NCSC top lists),
 * with the longer variants people type to clear a 12-character minimum. Compared
 * case-insensitively. Not a breach database: it stops the passwords an attacker tries first.
 */
const COMMON_PASSWORDS = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang
1234567890 michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer
trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger
sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars 112233
george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777
pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole
chelsea matthew access yankees 987654321 dallas austin thunder taylor matrix
william corvette hello martin heather secret merlin diamond 1234qwer hammer silver
222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange
11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky
snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar
monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple
banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london
tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha chester
mother forever johnny edward 333333 oliver redsox player nikita knight fender barney
midnight please brandy chicago badboy slayer rangers charles angel flower rabbit wizard
jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine
winter prince marine fishing cocacola casper james 232323 raiders 888888
marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309 panther
lauren angela spanky thx1138 angels madison winston shannon mike toyota
jordan23 canada sophie apples tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin
johnson murphy cooper jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456
turtle abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot
qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john
1992 rocket viking redskins asdfghjkl 1212 sierra peaches gemini doctor wilson
sandra helpme qwertyui victor florida dolphin pookie captain tucker blue liverpool theman
bandit dolphins maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana
jeremy stupid monica elephant giants jackass hotdog rosebud success debbie
mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky azerty
7777 alex bond007 alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin
voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112 1989
asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy gordon legend jessie
stella qwert eminem arthur apple nissan bear america 1qazxsw2 nothing parker
4444 rebecca qweqwe garfield 01012011 69696969 jack asdasd december 2222 102030
252525 11223344 magic apollo skippy 315475 kitten golf copper braves shelby godzilla
beaver fred tomcat august buddy airborne 1993 1988 qqqqqq brooklyn animal platinum
phantom online xavier darkness blink182 power fish green 789456123 voyager police travis
12qwaszx heaven snowball lover abcdef 00000 pakistan 007007 walter playboy blazer cricket
sniper hooters donkey willow loveme saturn therock redwings bigboy pumpkin trinity williams
nintendo digital destiny topgun runner marvin guinness chance bubbles testing fire
november minecraft asdf1234 lasvegas sergey broncos cartman private celtic birdie little
cassie babygirl donald beatles 1313 family 12321 tester changeme welcome1
password12 password123 password1234 password12345 passwordpassword qwerty12345 qwertyuiop123
qwerty123456 1q2w3e4r5t6y 1qaz2wsx3edc zaq12wsxcde3 123456789012 1234567890123 111111111111
000000000000 123123123123 abcdefghijkl abcd12345678 iloveyou1234 iloveyouforever letmein12345
welcome12345 welcome123456 administrator admin1234567 administrator1 changeme1234 trustno11234
sunshine1234 football1234 baseball1234 superman1234 princess1234 starwars1234 monkey123456
dragon123456 master123456 shadow123456 michael12345 jennifer1234 computer1234 internet1234
whatever1234 qwertyqwerty asdfghjkl123 zxcvbnm12345 passw0rd1234 p@ssw0rd1234 p@ssword1234
correcthorsebatterystaple thequickbrownfox skilltrail123 skilltrail1234 mypassword123
secretpassword letmeinplease opensesame123 helloworld123 hello1234567 987654321987
`;

const commonPasswords = new Set(COMMON_PASSWORDS.split(/\s+/).filter(Boolean));

/** True for a password from the list above (any case) or one with fewer than 4 distinct characters. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return commonPasswords.has(lower) || new Set(lower).size < 4;
}

export const commonPasswordCount = commonPasswords.size;
