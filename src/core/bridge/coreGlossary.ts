/**
 * The glossary's core, written for this project (MIT, like the rest of it): the everyday words
 * of a developer's notes, verbs above all, which translation glossaries of documentation leave
 * out because they are not terms (`나누다` ↔ split, `바꾸다` ↔ change/rename). One line per
 * English term: `english<TAB>korean…`; a Korean verb is given in its dictionary form (`-다`).
 * The generated part from public glossaries is glossaryData.ts (see scripts/glossary/).
 */
export const CORE_GLOSSARY_TSV = `
abort	중단	중단하다
abstract	추상
abstraction	추상화
access	접근
accidentally	실수로
account	계정
activate	활성화	활성화하다
active	활성
add	추가	추가하다	더하다
address	주소
aggregation	집계
algorithm	알고리즘
alias	별칭
all	모든	전체	모두
allow	허용	허용하다
alter	변경	변경하다
amend	수정	고치다
anonymous	익명
anonymous class	익명 클래스	익명클래스
anonymous function	익명 함수
another	다른
append	덧붙이다	추가하다
application	애플리케이션	응용 프로그램	어플리케이션
apply	적용	적용하다
archive	압축 파일	보관
argument	인자	인수
array	배열
arrow	화살표
assign	할당	할당하다
async	비동기
asynchronous	비동기	비동기적
attach	붙이다	연결하다	첨부
attribute	속성
authentication	인증
authorization	인가	권한 부여
automatic	자동
automatically	자동	자동으로
automation	자동화
availability	가용성
average	평균
await	기다리다
back	뒤로	되돌아가기
background	백그라운드	배경
backup	백업
batch	일괄
binary	이진
bind	바인딩	묶다
block	블록	차단
boolean	불리언
bottom	아래	하단
boundary	경계
bracket	괄호
branch	브랜치	분기
break	중단	깨지다
browse	탐색	둘러보기
browser	브라우저
buffer	버퍼
bug	버그
build	빌드	빌드하다
bulk	대량	일괄
button	버튼
cache	캐시
call	호출	호출하다	부르다
callback	콜백
cancel	취소	취소하다
cell	셀
center	가운데	중앙
certificate	인증서
change	변경	변경하다	바꾸다
character	문자
check	확인	확인하다	검사
checkout	체크아웃	전환하다
cherry-pick	체리픽
child	자식
choose	고르다	선택하다
class	클래스
clean	정리	정리하다
clear	지우다	비우다
client	클라이언트
clipboard	클립보드
clone	복제	복제하다
close	닫다
cluster	클러스터
code	코드
collapse	접다	축소
collection	컬렉션
color	색	색상
column	열	컬럼
combine	합치다	결합하다
command	명령	명령어
comment	주석
commit	커밋	커밋하다
compact	압축	간결
compare	비교	비교하다
compile	컴파일	컴파일하다
compiler	컴파일러
complete	완료	완성
component	컴포넌트	구성 요소
compress	압축	압축하다
concurrency	동시성
concurrent	동시
condition	조건
config	설정
configuration	설정	구성
configure	설정	설정하다	구성하다
conflict	충돌
connect	연결	연결하다	접속하다
connection	연결	접속
consistency	일관성
constant	상수
constructor	생성자
contain	포함	포함하다
container	컨테이너
content	내용
context	컨텍스트	문맥
continue	계속	계속하다
convert	변환	변환하다
copy	복사	복사하다
copy paste	복사 붙여넣기
correct	올바른	바로잡다
count	개수	세다
create	생성	생성하다	만들다
current	현재
cursor	커서
custom	사용자 지정	커스텀
customer	고객
cut	잘라내기	자르다
data	데이터
database	데이터베이스
date	날짜
debug	디버그	디버깅
declare	선언	선언하다
decorator	데코레이터	장식자
decrease	줄이다	감소
decrypt	복호화
default	기본	기본값
define	정의	정의하다
definition	정의
delay	지연	늦추다
delete	삭제	삭제하다	지우다
deny	거부	거부하다
dependency	의존성	종속성
deploy	배포	배포하다
deployment	배포
design	설계	디자인
destroy	파괴	제거하다
detach	분리	떼다
detect	감지	감지하다
diff	차이	비교
difference	차이
different	다른	다른 것
directory	디렉터리	디렉토리
disable	비활성화	끄다
disconnect	연결 끊기	연결을 끊다
disk	디스크
display	표시	표시하다	보여주다
distributed	분산
divide	나누다	분할
document	문서
done	완료	끝
download	다운로드	내려받다
drop	삭제	버리다	드롭
duplicate	중복	복제
dynamic	동적
each	각	각각
edge	가장자리
edit	편집	편집하다	수정하다
element	요소
empty	빈	비어 있는
enable	활성화	켜다
encapsulation	캡슐화
encoding	인코딩
encryption	암호화
end	끝	종료
entire	전체	전부
environment	환경
environment variable	환경 변수	환경변수
error	에러	오류
escape	이스케이프	탈출
evaluate	평가	평가하다
event	이벤트
eventual consistency	결과적 일관성	최종 일관성
every	모든	매
exception	예외
exclude	제외	제외하다
execute	실행	실행하다
execution	실행
exist	존재	존재하다	있다
exit	종료	종료하다	나가다
expand	펼치다	확장
expire	만료	만료되다
export	내보내기	내보내다
expression	표현식	식
extend	확장	확장하다	상속하다
extension	확장	확장 프로그램
extract	추출	추출하다	압축 풀기
fail	실패	실패하다
failure	실패	장애
fast	빠른	빠르다
feature	기능
fetch	가져오기	가져오다
field	필드
file	파일
fill	채우다
filter	필터	거르다
find	찾기	찾다
first	처음	첫	첫 번째
fix	수정	고치다
flag	플래그	옵션
flip	뒤집다
focus	포커스	초점
folder	폴더
follow	따르다	추적
force	강제	강제로
format	형식	포맷
forward	전달	앞으로
free	무료	여유
full	전체	가득
function	함수
generate	생성	생성하다
get	가져오다	얻다
global	전역
go	이동	가다
grab	가져오다	잡다
grep	검색
group	그룹	묶다
hash	해시
header	헤더
hidden	숨겨진	숨김
hide	숨기다
highlight	강조	강조하다
history	기록	이력	히스토리
hold	보관	유지
home	홈
hook	훅
horizontal	수평	수평적
horizontal scaling	수평적 확장	수평 확장	스케일 아웃
host	호스트
hour	시간
ignore	무시	무시하다
image	이미지
immutable	불변
implement	구현	구현하다
implementation	구현
import	가져오기	가져오다
increase	늘리다	증가
indent	들여쓰기
index	인덱스	색인
info	정보
information	정보
inherit	상속	상속하다
inheritance	상속
initialize	초기화	초기화하다
input	입력
insert	삽입	삽입하다	넣다
inside	안	내부
inspect	검사	살펴보다
install	설치	설치하다
instance	인스턴스
integer	정수
interactive	대화형
interface	인터페이스
internal	내부
interpreter	인터프리터
invisible	보이지 않는
issue	이슈	문제
item	항목
iterate	반복	반복하다
iterator	반복자	이터레이터
join	조인	합치다	결합
jump	이동	점프
keep	유지	유지하다	남기다
key	키
keyword	키워드
kill	종료	죽이다
language	언어
large	큰	대용량
last	마지막	최근
latency	지연	지연 시간
latest	최신	최근
layer	계층	레이어
left	왼쪽
length	길이
level	수준	레벨
library	라이브러리
limit	제한	한도
line	줄	행	라인
link	링크	연결
list	목록	리스트	나열하다
load	로드	불러오다	부하
load balancer	로드 밸런서	부하 분산기
local	로컬	지역
lock	잠금	잠그다	락
log	로그	기록
login	로그인
loop	반복문	루프
lowercase	소문자
machine	머신	기계
main	메인	주
manage	관리	관리하다
many	많은	여러
mark	표시	표시하다
match	일치	일치하다	매치
maximum	최대	최댓값
memory	메모리
merge	병합	병합하다	합치다
message	메시지
message queue	메시지 큐
method	메서드	메소드
migration	마이그레이션	이전
minimum	최소	최솟값
minute	분
missing	누락	없는
mode	모드
modify	수정	수정하다	변경
module	모듈
monolith	모놀리스	모놀리식
month	월	달
most	가장	대부분
mount	마운트
move	이동	이동하다	옮기다
multiple	여러	여러 개
name	이름
namespace	네임스페이스
navigate	이동	탐색
network	네트워크
new	새	새로운
next	다음
node	노드
nothing	없음	아무것도
notification	알림
null	널
number	숫자	번호	수
object	객체	오브젝트
offset	오프셋
old	오래된	이전
once	한 번
one	하나	한
only	만	오직
open	열다
operating system	운영체제	운영 체제
operator	연산자
option	옵션
order	순서	정렬
output	출력
outside	밖	외부
overload	오버로드	오버로딩
override	오버라이드	재정의
package	패키지
pane	창	패널
parallel	병렬
parameter	매개변수	파라미터
parent	부모
parse	파싱	파싱하다	구문 분석
partition	파티션	분할
password	비밀번호	암호
paste	붙여넣기	붙여넣다
path	경로
pause	일시 정지	멈추다
pending	대기 중
percent	퍼센트	비율
performance	성능
permission	권한
pipeline	파이프라인
plugin	플러그인
point	지점	가리키다
pointer	포인터
polymorphism	다형성
port	포트
position	위치
prefix	접두사
prevent	막다	방지하다
preview	미리 보기
previous	이전
print	출력	출력하다	인쇄
private	비공개	사설
process	프로세스	처리
production	운영	프로덕션
program	프로그램
project	프로젝트
prompt	프롬프트
property	속성	프로퍼티
protocol	프로토콜
proxy	프록시
public	공개
publish	게시	배포하다
pull	당기다	풀
push	푸시	밀다
query	쿼리	질의
queue	큐	대기열
quit	종료	나가다
random	무작위	임의
range	범위
raw	원시
reach	도달하다
read	읽기	읽다
ready	준비
rebase	리베이스
recent	최근
recursion	재귀
recursive	재귀	재귀적
redirect	리다이렉트	전환
redo	다시 실행
reference	참조
refresh	새로고침	새로 고침
register	등록	등록하다
reject	거부	거절하다
relative	상대	상대적
release	릴리스	배포판
reload	다시 불러오기	새로고침
remote	원격
remove	제거	제거하다	삭제하다	지우다
rename	이름 바꾸기	이름 변경	이름을 바꾸다
rename file	파일 이름 바꾸기
reorder	순서 바꾸기
repeat	반복	반복하다
replace	바꾸다	교체	치환
replica	레플리카	복제본
replication	복제
repository	저장소	리포지토리
request	요청
reset	초기화	리셋
resize	크기 조절
resolve	해결	해결하다
resource	리소스	자원
response	응답
restart	재시작	다시 시작
restore	복원	복원하다	되살리다
result	결과
resume	재개	다시 시작하다
retry	재시도	다시 시도하다
return	반환	반환하다	돌려주다
reverse	뒤집다	역순
revert	되돌리기	되돌리다
right	오른쪽
rollback	롤백	되돌리기
root	루트
rotate	회전	돌리다
row	행
rule	규칙
run	실행	실행하다	돌리다
runtime	런타임
same	같은	동일한
save	저장	저장하다
scalability	확장성
scale	확장	규모
scaling	확장	스케일링
schema	스키마
scope	범위	스코프
screen	화면
script	스크립트
scroll	스크롤
search	검색	검색하다	찾다
second	초	두 번째
secret	비밀
section	섹션	구역
security	보안
select	선택	선택하다	고르다
selection	선택 영역	선택
send	보내다	전송
separate	분리	분리하다	나누다
sequence	순서	시퀀스
server	서버
service	서비스
session	세션
set	설정	설정하다	집합
setting	설정
several	여러	몇몇
shell	셸	쉘
shift	이동	옮기다
short	짧은
shortcut	단축키	바로 가기
show	보여주다	표시하다	보기
sign	서명	서명하다
signal	시그널	신호
silent	조용히
simple	간단한	단순
single	단일	하나	한
size	크기
skip	건너뛰다	생략
slice	자르다	조각
slow	느린	느리다
small	작은
snapshot	스냅샷
sort	정렬	정렬하다
source	소스	원본
space	공간	공백
specific	특정
speed	속도
split	분할	나누다	쪼개다
squash	스쿼시	합치다
stage	스테이지	스테이징
standard	표준
start	시작	시작하다
state	상태
statement	문	구문
static	정적
statistics	통계
status	상태
step	단계
stop	중지	멈추다	중단하다
storage	저장소	스토리지
store	저장	저장소
stream	스트림
string	문자열
strip	제거하다	벗기다
structure	구조
subdirectory	하위 디렉터리
submodule	서브모듈
suffix	접미사
sum	합계	합
suspend	일시 중단
swap	교환	바꾸다
switch	전환	전환하다	바꾸다
sync	동기화	동기화하다
synchronous	동기	동기적
syntax	문법	구문
system	시스템
tab	탭
table	테이블	표
tag	태그
tail	끝부분	꼬리
target	대상
template	템플릿
temporary	임시
terminal	터미널
test	테스트	시험
text	텍스트	글
thread	스레드	쓰레드
throughput	처리량
throw	던지다
time	시간
time zone	시간대	타임존
timeout	타임아웃	시간 초과
timezone	시간대	타임존
title	제목
toggle	전환	토글
token	토큰
top	위	상단
total	합계	전체
track	추적	추적하다
transaction	트랜잭션
transform	변환	변환하다
trim	자르다	다듬다
truncate	자르다	잘라내다
two	둘	두
type	타입	유형	자료형
uncommitted	커밋하지 않은
undo	되돌리기	실행 취소	취소
uninstall	제거	삭제하다
unique	고유	유일한
unlock	잠금 해제
unstage	스테이징 취소
untracked	추적되지 않는
unused	사용하지 않는
update	업데이트	갱신	수정
upgrade	업그레이드
upload	업로드	올리다
uppercase	대문자
use	사용	사용하다	쓰다
user	사용자	유저
validate	검증	검증하다
validation	검증	유효성 검사
value	값
variable	변수
verify	확인	검증하다
version	버전
vertical	수직	수직적
vertical scaling	수직적 확장	수직 확장	스케일 업
view	뷰	보기
virtual	가상
virtual machine	가상 머신
visible	보이는
visualization	시각화
visualize	시각화	시각화하다
volume	볼륨
wait	대기	기다리다
warm up	웜업	예열
warning	경고
watch	감시	감시하다	지켜보다
web	웹
week	주
whole	전체	전부
width	너비	폭
window	창	윈도우
without	없이	않고
word	단어
work	작업	일
wrap	감싸다	줄 바꿈
write	쓰기	쓰다	작성하다
year	연	년
zoom	확대
`;
