<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="school" tilewidth="16" tileheight="16" tilecount="138" columns="16">
 <image source="../../assets/tiles/school.png" width="256" height="144"/>
 <tile id="0">
  <properties>
   <property name="name" value="lino0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="lino1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="lino_teal"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="schoolwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="schoolwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="schoolwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="schoolwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="schoolwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="schoolwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="schoolwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="schoolwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="schoolwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="schoolwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="schoolwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="schoolwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="schoolwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="schoolwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="schoolwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="schoolwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="schoolwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="schoolwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="schoolwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="schoolwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="schoolwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="locker_blue@0,0"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="locker_blue@0,1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="locker_teal@0,0"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="locker_teal@0,1"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="locker_pink@0,0"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="locker_pink@0,1"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="locker_open@0,0"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="locker_open@0,1"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="noticeboard@0,0"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="noticeboard@1,0"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="trophies@0,0"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="trophies@1,0"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="trophies@0,1"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="trophies@1,1"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="teacherscreen"/>
  </properties>
  <animation>
   <frame tileid="38" duration="900"/>
   <frame tileid="39" duration="200"/>
   <frame tileid="40" duration="600"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="classdoor@0,0"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="classdoor@0,1"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="fountain"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="schoolbench@0,0"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="schoolbench@1,0"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="backpack"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="schoolbin"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="grass_a0"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="grass_b0"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="grass_a1"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="grass_b1"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="line_nw"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="line_n"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="line_ne"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="line_w"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="line_c"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="line_e"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="line_sw"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="line_s"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="line_se"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="halfway_h"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="halfway_v"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="circle@0,0"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="circle@1,0"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="circle@2,0"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="circle@0,1"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="circle@1,1"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="circle@2,1"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="circle@0,2"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="circle@1,2"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="circle@2,2"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="circle_h@0,0"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="circle_h@1,0"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="circle_h@2,0"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="circle_h@0,1"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="circle_h@1,1"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="circle_h@2,1"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="circle_h@0,2"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="circle_h@1,2"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="circle_h@2,2"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="goal_w@0,0"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="goal_w@1,0"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="goal_w@0,1"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="goal_w@1,1"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="goal_w@0,2"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="goal_w@1,2"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="goal_e@0,0"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="goal_e@1,0"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="goal_e@0,1"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="goal_e@1,1"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="goal_e@0,2"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="goal_e@1,2"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="flag"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="ball"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="track"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="track_plain"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="path"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="bleacher"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="oak@0,0"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="oak@1,0"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="oak@0,1"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="oak@1,1"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="oak@0,2"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="oak@1,2"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="tallfence@0,0"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="tallfence@0,1"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="glint"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="lunchtable@0,0"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="lunchtable@1,0"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="lunchtable@0,1"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="lunchtable@1,1"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="yardfountain@0,0"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="yardfountain@1,0"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="yardfountain@0,1"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="yardfountain@1,1"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="floodlight_mast@0,0"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="floodlight_mast@0,1"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="floodlight_mast@0,2"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="gymsign@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="gymsign@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="gymsign@2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="firedoor@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="firedoor@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="worn0"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="worn1"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="longtable@0,0"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="longtable@1,0"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="longtable@2,0"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="longtable@3,0"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="longtable@4,0"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="longtable@5,0"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="longtable@0,1"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="longtable@1,1"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="longtable@2,1"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="longtable@3,1"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="longtable@4,1"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="longtable@5,1"/>
  </properties>
 </tile>
</tileset>
