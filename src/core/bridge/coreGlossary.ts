/**
 * The glossary's core, written for this project (MIT, like the rest of it): the everyday words
 * of a developer's notes, verbs above all, which translation glossaries of documentation leave
 * out because they are not terms (`나누다` ↔ split, `바꾸다` ↔ change/rename). One line per
 * English term: `english<TAB>korean…`; a Korean verb is given in its dictionary form (`-다`).
 * The generated part from public glossaries is glossaryData.ts (see scripts/glossary/).
 */
export const CORE_GLOSSARY_TSV = `
abstract	추상
abstraction	추상화
access	접근
account	계정
add	추가	추가하다	더하다
address	주소
aggregation	집계
algorithm	알고리즘
alias	별칭
allow	허용	허용하다
another	다른
anonymous	익명
anonymous class	익명 클래스	익명클래스
anonymous function	익명 함수
append	덧붙이다	추가하다
application	애플리케이션	응용 프로그램	어플리케이션
argument	인자	인수
array	배열
assign	할당	할당하다
async	비동기
asynchronous	비동기	비동기적
attribute	속성
authentication	인증
authorization	인가	권한 부여
automatic	자동
automatically	자동	자동으로
automation	자동화
availability	가용성
backup	백업
batch	일괄
binary	이진
bind	바인딩	묶다
block	블록	차단
boolean	불리언
branch	브랜치	분기
break	중단	깨지다
browser	브라우저
buffer	버퍼
bug	버그
build	빌드	빌드하다
cache	캐시
call	호출	호출하다	부르다
callback	콜백
cancel	취소	취소하다
certificate	인증서
change	변경	변경하다	바꾸다
character	문자
check	확인	확인하다	검사
class	클래스
clean	정리	정리하다
clear	지우다	비우다
client	클라이언트
clone	복제	복제하다
close	닫다
cluster	클러스터
code	코드
collection	컬렉션
column	열	컬럼
command	명령	명령어
comment	주석
commit	커밋	커밋하다
compare	비교	비교하다
compile	컴파일	컴파일하다
compiler	컴파일러
component	컴포넌트	구성 요소
compress	압축	압축하다
concurrency	동시성
concurrent	동시
condition	조건
config	설정
configuration	설정	구성
configure	설정	설정하다	구성하다
connect	연결	연결하다	접속하다
connection	연결	접속
consistency	일관성
constant	상수
constructor	생성자
container	컨테이너
content	내용
context	컨텍스트	문맥
convert	변환	변환하다
copy	복사	복사하다
count	개수	세다
create	생성	생성하다	만들다
current	현재
customer	고객
data	데이터
database	데이터베이스
date	날짜
debug	디버그	디버깅
declare	선언	선언하다
decorator	데코레이터	장식자
default	기본	기본값
define	정의	정의하다
definition	정의
delete	삭제	삭제하다	지우다
dependency	의존성	종속성
deploy	배포	배포하다
deployment	배포
design	설계	디자인
destroy	파괴	제거하다
difference	차이
directory	디렉터리	디렉토리
disable	비활성화	끄다
disk	디스크
distributed	분산
document	문서
download	다운로드	내려받다
duplicate	중복	복제
dynamic	동적
edit	편집	편집하다	수정하다
element	요소
empty	빈	비어 있는
enable	활성화	켜다
encapsulation	캡슐화
encoding	인코딩
encryption	암호화
environment	환경
environment variable	환경 변수	환경변수
error	에러	오류
event	이벤트
eventual consistency	결과적 일관성	최종 일관성
exception	예외
execute	실행	실행하다
execution	실행
exit	종료	종료하다	나가다
export	내보내기	내보내다
expression	표현식	식
extend	확장	확장하다	상속하다
extension	확장	확장 프로그램
fail	실패	실패하다
failure	실패	장애
fetch	가져오기	가져오다
field	필드
file	파일
filter	필터	거르다
find	찾기	찾다
fix	수정	고치다
folder	폴더
format	형식	포맷
function	함수
generate	생성	생성하다
get	가져오다	얻다
global	전역
grab	가져오다	잡다
group	그룹	묶다
hash	해시
header	헤더
hide	숨기다
history	기록	이력	히스토리
horizontal	수평	수평적
horizontal scaling	수평적 확장	수평 확장	스케일 아웃
host	호스트
ignore	무시	무시하다
image	이미지
immutable	불변
implement	구현	구현하다
implementation	구현
import	가져오기	가져오다
index	인덱스	색인
inherit	상속	상속하다
inheritance	상속
initialize	초기화	초기화하다
input	입력
insert	삽입	삽입하다	넣다
install	설치	설치하다
instance	인스턴스
interface	인터페이스
interpreter	인터프리터
issue	이슈	문제
item	항목
iterate	반복	반복하다
iterator	반복자	이터레이터
join	조인	합치다	결합
key	키
keyword	키워드
language	언어
latency	지연	지연 시간
layer	계층	레이어
length	길이
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
machine	머신	기계
memory	메모리
merge	병합	병합하다	합치다
message	메시지
message queue	메시지 큐
method	메서드	메소드
migration	마이그레이션	이전
mode	모드
module	모듈
monolith	모놀리스	모놀리식
move	이동	이동하다	옮기다
name	이름
namespace	네임스페이스
network	네트워크
new	새	새로운
node	노드
null	널
number	숫자	번호	수
object	객체	오브젝트
open	열다
operating system	운영체제	운영 체제
operator	연산자
option	옵션
order	순서	정렬
output	출력
overload	오버로드	오버로딩
override	오버라이드	재정의
package	패키지
parallel	병렬
parameter	매개변수	파라미터
parent	부모
parse	파싱	파싱하다	구문 분석
partition	파티션	분할
password	비밀번호	암호
path	경로
performance	성능
permission	권한
pipeline	파이프라인
plugin	플러그인
pointer	포인터
polymorphism	다형성
port	포트
print	출력	출력하다	인쇄
private	비공개	사설
process	프로세스	처리
production	운영	프로덕션
program	프로그램
project	프로젝트
property	속성	프로퍼티
protocol	프로토콜
proxy	프록시
public	공개
pull	당기다	풀
push	푸시	밀다
query	쿼리	질의
queue	큐	대기열
read	읽기	읽다
rebase	리베이스
recursion	재귀
recursive	재귀	재귀적
redirect	리다이렉트	전환
reference	참조
refresh	새로고침	새로 고침
register	등록	등록하다
release	릴리스	배포판
reload	다시 불러오기	새로고침
remote	원격
remove	제거	제거하다	삭제하다	지우다
rename	이름 바꾸기	이름 변경	이름을 바꾸다
replace	바꾸다	교체	치환
replica	레플리카	복제본
replication	복제
repository	저장소	리포지토리
request	요청
reset	초기화	리셋
resource	리소스	자원
response	응답
restart	재시작	다시 시작
restore	복원	복원하다	되살리다
result	결과
return	반환	반환하다	돌려주다
revert	되돌리기	되돌리다
rollback	롤백	되돌리기
root	루트
row	행
rule	규칙
run	실행	실행하다	돌리다
runtime	런타임
save	저장	저장하다
scale	확장	규모
scaling	확장	스케일링
scalability	확장성
schema	스키마
scope	범위	스코프
screen	화면
script	스크립트
search	검색	검색하다	찾다
secret	비밀
security	보안
select	선택	선택하다	고르다
send	보내다	전송
separate	분리	분리하다	나누다
server	서버
service	서비스
session	세션
set	설정	설정하다	집합
setting	설정
shell	셸	쉘
show	보여주다	표시하다	보기
shortcut	단축키	바로 가기
signal	시그널	신호
single	단일	하나	한
size	크기
skip	건너뛰다	생략
slow	느린	느리다
sort	정렬	정렬하다
source	소스	원본
space	공간	공백
split	분할	나누다	쪼개다
start	시작	시작하다
state	상태
statement	문	구문
static	정적
storage	저장소	스토리지
store	저장	저장소
stream	스트림
string	문자열
structure	구조
submodule	서브모듈
synchronous	동기	동기적
syntax	문법	구문
system	시스템
table	테이블	표
tag	태그
temporary	임시
terminal	터미널
test	테스트	시험
text	텍스트	글
thread	스레드	쓰레드
throughput	처리량
time	시간
timeout	타임아웃	시간 초과
timezone	시간대	타임존
time zone	시간대	타임존
token	토큰
transaction	트랜잭션
type	타입	유형	자료형
undo	되돌리기	실행 취소	취소
update	업데이트	갱신	수정
upgrade	업그레이드
upload	업로드	올리다
user	사용자	유저
validate	검증	검증하다
validation	검증	유효성 검사
value	값
variable	변수
version	버전
vertical	수직	수직적
vertical scaling	수직적 확장	수직 확장	스케일 업
view	뷰	보기
virtual	가상
virtual machine	가상 머신
visualization	시각화
visualize	시각화	시각화하다
volume	볼륨
wait	대기	기다리다
warm up	웜업	예열
warning	경고
watch	감시	감시하다	지켜보다
web	웹
window	창	윈도우
without	없이	않고
word	단어
work	작업	일
write	쓰기	쓰다	작성하다
`;
