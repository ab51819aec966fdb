<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="iq" tilewidth="16" tileheight="16" tilecount="793" columns="16">
 <image source="../../assets/tiles/iq.png" width="256" height="800"/>
 <tile id="0">
  <properties>
   <property name="name" value="gloss0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="gloss1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="gloss2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="slab_tl0"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="slab_tl1"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="slab_tr0"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="slab_tr1"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="slab_bl0"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="slab_bl1"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="slab_br0"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="slab_br1"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="runway_nw"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="runway_n"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="runway_ne"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="runway_w"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="runway_c"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="runway_e"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="runway_sw"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="runway_s"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="runway_se"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="floorlogo@0,0"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="floorlogo@1,0"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="floorlogo@2,0"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="floorlogo@3,0"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="floorlogo@0,1"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="floorlogo@1,1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="floorlogo@2,1"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="floorlogo@3,1"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="darkfloor"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="darkfloor_light"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="plate"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="plate1"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="hazard"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="carpet_line"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="stage_nw"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="stage_n"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="stage_ne"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="stage_w"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="stage_c"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="stage_e"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="stage_sw"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="stage_s"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="stage_se"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="bluerug_nw"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="bluerug_n"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="bluerug_ne"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="bluerug_w"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="bluerug_c"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="bluerug_e"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="bluerug_sw"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="bluerug_s"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="bluerug_se"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="iqwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="iqwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="iqwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="iqwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="iqwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="iqwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="iqwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="iqwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="iqwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="iqwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="iqwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="iqwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="iqwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="iqwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="iqwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="iqwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="iqwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="iqwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="iqwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="iqwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="iqwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="labwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="labwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="labwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="labwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="labwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="labwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="labwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="labwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="labwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="labwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="labwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="labwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="labwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="labwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="labwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="labwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="labwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="labwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="labwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="labwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="labwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="towerwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="towerwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="towerwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="towerwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="towerwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="towerwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="towerwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="towerwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="towerwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="towerwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="towerwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="towerwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="towerwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="towerwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="towerwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="towerwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="towerwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="towerwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="towerwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="towerwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="towerwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="bigscreen@0,0"/>
  </properties>
  <animation>
   <frame tileid="116" duration="1400"/>
   <frame tileid="148" duration="900"/>
   <frame tileid="180" duration="900"/>
   <frame tileid="212" duration="300"/>
  </animation>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="bigscreen@1,0"/>
  </properties>
  <animation>
   <frame tileid="117" duration="1400"/>
   <frame tileid="149" duration="900"/>
   <frame tileid="181" duration="900"/>
   <frame tileid="213" duration="300"/>
  </animation>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="bigscreen@2,0"/>
  </properties>
  <animation>
   <frame tileid="118" duration="1400"/>
   <frame tileid="150" duration="900"/>
   <frame tileid="182" duration="900"/>
   <frame tileid="214" duration="300"/>
  </animation>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="bigscreen@3,0"/>
  </properties>
  <animation>
   <frame tileid="119" duration="1400"/>
   <frame tileid="151" duration="900"/>
   <frame tileid="183" duration="900"/>
   <frame tileid="215" duration="300"/>
  </animation>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="bigscreen@4,0"/>
  </properties>
  <animation>
   <frame tileid="120" duration="1400"/>
   <frame tileid="152" duration="900"/>
   <frame tileid="184" duration="900"/>
   <frame tileid="216" duration="300"/>
  </animation>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="bigscreen@5,0"/>
  </properties>
  <animation>
   <frame tileid="121" duration="1400"/>
   <frame tileid="153" duration="900"/>
   <frame tileid="185" duration="900"/>
   <frame tileid="217" duration="300"/>
  </animation>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="bigscreen@6,0"/>
  </properties>
  <animation>
   <frame tileid="122" duration="1400"/>
   <frame tileid="154" duration="900"/>
   <frame tileid="186" duration="900"/>
   <frame tileid="218" duration="300"/>
  </animation>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="bigscreen@7,0"/>
  </properties>
  <animation>
   <frame tileid="123" duration="1400"/>
   <frame tileid="155" duration="900"/>
   <frame tileid="187" duration="900"/>
   <frame tileid="219" duration="300"/>
  </animation>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="bigscreen@0,1"/>
  </properties>
  <animation>
   <frame tileid="124" duration="1400"/>
   <frame tileid="156" duration="900"/>
   <frame tileid="188" duration="900"/>
   <frame tileid="220" duration="300"/>
  </animation>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="bigscreen@1,1"/>
  </properties>
  <animation>
   <frame tileid="125" duration="1400"/>
   <frame tileid="157" duration="900"/>
   <frame tileid="189" duration="900"/>
   <frame tileid="221" duration="300"/>
  </animation>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="bigscreen@2,1"/>
  </properties>
  <animation>
   <frame tileid="126" duration="1400"/>
   <frame tileid="158" duration="900"/>
   <frame tileid="190" duration="900"/>
   <frame tileid="222" duration="300"/>
  </animation>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="bigscreen@3,1"/>
  </properties>
  <animation>
   <frame tileid="127" duration="1400"/>
   <frame tileid="159" duration="900"/>
   <frame tileid="191" duration="900"/>
   <frame tileid="223" duration="300"/>
  </animation>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="bigscreen@4,1"/>
  </properties>
  <animation>
   <frame tileid="128" duration="1400"/>
   <frame tileid="160" duration="900"/>
   <frame tileid="192" duration="900"/>
   <frame tileid="224" duration="300"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="bigscreen@5,1"/>
  </properties>
  <animation>
   <frame tileid="129" duration="1400"/>
   <frame tileid="161" duration="900"/>
   <frame tileid="193" duration="900"/>
   <frame tileid="225" duration="300"/>
  </animation>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="bigscreen@6,1"/>
  </properties>
  <animation>
   <frame tileid="130" duration="1400"/>
   <frame tileid="162" duration="900"/>
   <frame tileid="194" duration="900"/>
   <frame tileid="226" duration="300"/>
  </animation>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="bigscreen@7,1"/>
  </properties>
  <animation>
   <frame tileid="131" duration="1400"/>
   <frame tileid="163" duration="900"/>
   <frame tileid="195" duration="900"/>
   <frame tileid="227" duration="300"/>
  </animation>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="bigscreen@0,2"/>
  </properties>
  <animation>
   <frame tileid="132" duration="1400"/>
   <frame tileid="164" duration="900"/>
   <frame tileid="196" duration="900"/>
   <frame tileid="228" duration="300"/>
  </animation>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="bigscreen@1,2"/>
  </properties>
  <animation>
   <frame tileid="133" duration="1400"/>
   <frame tileid="165" duration="900"/>
   <frame tileid="197" duration="900"/>
   <frame tileid="229" duration="300"/>
  </animation>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="bigscreen@2,2"/>
  </properties>
  <animation>
   <frame tileid="134" duration="1400"/>
   <frame tileid="166" duration="900"/>
   <frame tileid="198" duration="900"/>
   <frame tileid="230" duration="300"/>
  </animation>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="bigscreen@3,2"/>
  </properties>
  <animation>
   <frame tileid="135" duration="1400"/>
   <frame tileid="167" duration="900"/>
   <frame tileid="199" duration="900"/>
   <frame tileid="231" duration="300"/>
  </animation>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="bigscreen@4,2"/>
  </properties>
  <animation>
   <frame tileid="136" duration="1400"/>
   <frame tileid="168" duration="900"/>
   <frame tileid="200" duration="900"/>
   <frame tileid="232" duration="300"/>
  </animation>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="bigscreen@5,2"/>
  </properties>
  <animation>
   <frame tileid="137" duration="1400"/>
   <frame tileid="169" duration="900"/>
   <frame tileid="201" duration="900"/>
   <frame tileid="233" duration="300"/>
  </animation>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="bigscreen@6,2"/>
  </properties>
  <animation>
   <frame tileid="138" duration="1400"/>
   <frame tileid="170" duration="900"/>
   <frame tileid="202" duration="900"/>
   <frame tileid="234" duration="300"/>
  </animation>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="bigscreen@7,2"/>
  </properties>
  <animation>
   <frame tileid="139" duration="1400"/>
   <frame tileid="171" duration="900"/>
   <frame tileid="203" duration="900"/>
   <frame tileid="235" duration="300"/>
  </animation>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="bigscreen@0,3"/>
  </properties>
  <animation>
   <frame tileid="140" duration="1400"/>
   <frame tileid="172" duration="900"/>
   <frame tileid="204" duration="900"/>
   <frame tileid="236" duration="300"/>
  </animation>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="bigscreen@1,3"/>
  </properties>
  <animation>
   <frame tileid="141" duration="1400"/>
   <frame tileid="173" duration="900"/>
   <frame tileid="205" duration="900"/>
   <frame tileid="237" duration="300"/>
  </animation>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="bigscreen@2,3"/>
  </properties>
  <animation>
   <frame tileid="142" duration="1400"/>
   <frame tileid="174" duration="900"/>
   <frame tileid="206" duration="900"/>
   <frame tileid="238" duration="300"/>
  </animation>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="bigscreen@3,3"/>
  </properties>
  <animation>
   <frame tileid="143" duration="1400"/>
   <frame tileid="175" duration="900"/>
   <frame tileid="207" duration="900"/>
   <frame tileid="239" duration="300"/>
  </animation>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="bigscreen@4,3"/>
  </properties>
  <animation>
   <frame tileid="144" duration="1400"/>
   <frame tileid="176" duration="900"/>
   <frame tileid="208" duration="900"/>
   <frame tileid="240" duration="300"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="bigscreen@5,3"/>
  </properties>
  <animation>
   <frame tileid="145" duration="1400"/>
   <frame tileid="177" duration="900"/>
   <frame tileid="209" duration="900"/>
   <frame tileid="241" duration="300"/>
  </animation>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="bigscreen@6,3"/>
  </properties>
  <animation>
   <frame tileid="146" duration="1400"/>
   <frame tileid="178" duration="900"/>
   <frame tileid="210" duration="900"/>
   <frame tileid="242" duration="300"/>
  </animation>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="bigscreen@7,3"/>
  </properties>
  <animation>
   <frame tileid="147" duration="1400"/>
   <frame tileid="179" duration="900"/>
   <frame tileid="211" duration="900"/>
   <frame tileid="243" duration="300"/>
  </animation>
 </tile>
 <tile id="244">
  <properties>
   <property name="name" value="escalator@0,0"/>
  </properties>
  <animation>
   <frame tileid="244" duration="120"/>
   <frame tileid="252" duration="120"/>
   <frame tileid="260" duration="120"/>
  </animation>
 </tile>
 <tile id="245">
  <properties>
   <property name="name" value="escalator@1,0"/>
  </properties>
  <animation>
   <frame tileid="245" duration="120"/>
   <frame tileid="253" duration="120"/>
   <frame tileid="261" duration="120"/>
  </animation>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="escalator@0,1"/>
  </properties>
  <animation>
   <frame tileid="246" duration="120"/>
   <frame tileid="254" duration="120"/>
   <frame tileid="262" duration="120"/>
  </animation>
 </tile>
 <tile id="247">
  <properties>
   <property name="name" value="escalator@1,1"/>
  </properties>
  <animation>
   <frame tileid="247" duration="120"/>
   <frame tileid="255" duration="120"/>
   <frame tileid="263" duration="120"/>
  </animation>
 </tile>
 <tile id="248">
  <properties>
   <property name="name" value="escalator@0,2"/>
  </properties>
  <animation>
   <frame tileid="248" duration="120"/>
   <frame tileid="256" duration="120"/>
   <frame tileid="264" duration="120"/>
  </animation>
 </tile>
 <tile id="249">
  <properties>
   <property name="name" value="escalator@1,2"/>
  </properties>
  <animation>
   <frame tileid="249" duration="120"/>
   <frame tileid="257" duration="120"/>
   <frame tileid="265" duration="120"/>
  </animation>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="escalator@0,3"/>
  </properties>
  <animation>
   <frame tileid="250" duration="120"/>
   <frame tileid="258" duration="120"/>
   <frame tileid="266" duration="120"/>
  </animation>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="escalator@1,3"/>
  </properties>
  <animation>
   <frame tileid="251" duration="120"/>
   <frame tileid="259" duration="120"/>
   <frame tileid="267" duration="120"/>
  </animation>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="glassrail_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="glassrail_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="glassrail_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="glassrail_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="glassrail_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="glassrail_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="glassrail_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="glassrail_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="glassrail_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="glassrail_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="glassrail_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="glassrail_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="glassrail_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="glassrail_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="glassrail_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="glassrail_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="rope_l"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="rope_m"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="rope_r"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="pedestal@0,0"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="pedestal@0,1"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="banner@0,0"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="banner@0,1"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="plant@0,0"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="plant@0,1"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="scanner@0,0"/>
  </properties>
  <animation>
   <frame tileid="293" duration="1200"/>
   <frame tileid="297" duration="300"/>
  </animation>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="scanner@1,0"/>
  </properties>
  <animation>
   <frame tileid="294" duration="1200"/>
   <frame tileid="298" duration="300"/>
  </animation>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="scanner@0,1"/>
  </properties>
  <animation>
   <frame tileid="295" duration="1200"/>
   <frame tileid="299" duration="300"/>
  </animation>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="scanner@1,1"/>
  </properties>
  <animation>
   <frame tileid="296" duration="1200"/>
   <frame tileid="300" duration="300"/>
  </animation>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="chute@0,0"/>
  </properties>
  <animation>
   <frame tileid="301" duration="220"/>
   <frame tileid="305" duration="220"/>
   <frame tileid="309" duration="220"/>
  </animation>
 </tile>
 <tile id="302">
  <properties>
   <property name="name" value="chute@1,0"/>
  </properties>
  <animation>
   <frame tileid="302" duration="220"/>
   <frame tileid="306" duration="220"/>
   <frame tileid="310" duration="220"/>
  </animation>
 </tile>
 <tile id="303">
  <properties>
   <property name="name" value="chute@0,1"/>
  </properties>
  <animation>
   <frame tileid="303" duration="220"/>
   <frame tileid="307" duration="220"/>
   <frame tileid="311" duration="220"/>
  </animation>
 </tile>
 <tile id="304">
  <properties>
   <property name="name" value="chute@1,1"/>
  </properties>
  <animation>
   <frame tileid="304" duration="220"/>
   <frame tileid="308" duration="220"/>
   <frame tileid="312" duration="220"/>
  </animation>
 </tile>
 <tile id="313">
  <properties>
   <property name="name" value="chargepad"/>
  </properties>
  <animation>
   <frame tileid="313" duration="500"/>
   <frame tileid="314" duration="500"/>
  </animation>
 </tile>
 <tile id="315">
  <properties>
   <property name="name" value="belt_l"/>
  </properties>
  <animation>
   <frame tileid="315" duration="90"/>
   <frame tileid="316" duration="90"/>
   <frame tileid="317" duration="90"/>
   <frame tileid="318" duration="90"/>
  </animation>
 </tile>
 <tile id="319">
  <properties>
   <property name="name" value="belt_r"/>
  </properties>
  <animation>
   <frame tileid="319" duration="90"/>
   <frame tileid="320" duration="90"/>
   <frame tileid="321" duration="90"/>
   <frame tileid="322" duration="90"/>
  </animation>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="belt_m"/>
  </properties>
  <animation>
   <frame tileid="323" duration="90"/>
   <frame tileid="324" duration="90"/>
   <frame tileid="325" duration="90"/>
   <frame tileid="326" duration="90"/>
   <frame tileid="327" duration="90"/>
   <frame tileid="328" duration="90"/>
   <frame tileid="329" duration="90"/>
   <frame tileid="330" duration="90"/>
   <frame tileid="331" duration="90"/>
   <frame tileid="332" duration="90"/>
   <frame tileid="333" duration="90"/>
   <frame tileid="334" duration="90"/>
   <frame tileid="335" duration="90"/>
   <frame tileid="336" duration="90"/>
   <frame tileid="337" duration="90"/>
   <frame tileid="338" duration="90"/>
  </animation>
 </tile>
 <tile id="339">
  <properties>
   <property name="name" value="beltshell0"/>
  </properties>
  <animation>
   <frame tileid="339" duration="90"/>
   <frame tileid="340" duration="90"/>
   <frame tileid="341" duration="90"/>
   <frame tileid="342" duration="90"/>
   <frame tileid="343" duration="90"/>
   <frame tileid="344" duration="90"/>
   <frame tileid="345" duration="90"/>
   <frame tileid="346" duration="90"/>
   <frame tileid="347" duration="90"/>
   <frame tileid="348" duration="90"/>
   <frame tileid="349" duration="90"/>
   <frame tileid="350" duration="90"/>
   <frame tileid="351" duration="90"/>
   <frame tileid="352" duration="90"/>
   <frame tileid="353" duration="90"/>
   <frame tileid="354" duration="90"/>
  </animation>
 </tile>
 <tile id="355">
  <properties>
   <property name="name" value="beltshell1"/>
  </properties>
  <animation>
   <frame tileid="355" duration="90"/>
   <frame tileid="356" duration="90"/>
   <frame tileid="357" duration="90"/>
   <frame tileid="358" duration="90"/>
   <frame tileid="359" duration="90"/>
   <frame tileid="360" duration="90"/>
   <frame tileid="361" duration="90"/>
   <frame tileid="362" duration="90"/>
   <frame tileid="363" duration="90"/>
   <frame tileid="364" duration="90"/>
   <frame tileid="365" duration="90"/>
   <frame tileid="366" duration="90"/>
   <frame tileid="367" duration="90"/>
   <frame tileid="368" duration="90"/>
   <frame tileid="369" duration="90"/>
   <frame tileid="370" duration="90"/>
  </animation>
 </tile>
 <tile id="371">
  <properties>
   <property name="name" value="beltshell2"/>
  </properties>
  <animation>
   <frame tileid="371" duration="90"/>
   <frame tileid="372" duration="90"/>
   <frame tileid="373" duration="90"/>
   <frame tileid="374" duration="90"/>
   <frame tileid="375" duration="90"/>
   <frame tileid="376" duration="90"/>
   <frame tileid="377" duration="90"/>
   <frame tileid="378" duration="90"/>
   <frame tileid="379" duration="90"/>
   <frame tileid="380" duration="90"/>
   <frame tileid="381" duration="90"/>
   <frame tileid="382" duration="90"/>
   <frame tileid="383" duration="90"/>
   <frame tileid="384" duration="90"/>
   <frame tileid="385" duration="90"/>
   <frame tileid="386" duration="90"/>
  </animation>
 </tile>
 <tile id="387">
  <properties>
   <property name="name" value="vbelt_t"/>
  </properties>
  <animation>
   <frame tileid="387" duration="90"/>
   <frame tileid="388" duration="90"/>
   <frame tileid="389" duration="90"/>
   <frame tileid="390" duration="90"/>
  </animation>
 </tile>
 <tile id="391">
  <properties>
   <property name="name" value="vbelt_m"/>
  </properties>
  <animation>
   <frame tileid="391" duration="90"/>
   <frame tileid="392" duration="90"/>
   <frame tileid="393" duration="90"/>
   <frame tileid="394" duration="90"/>
  </animation>
 </tile>
 <tile id="395">
  <properties>
   <property name="name" value="vbelt_b"/>
  </properties>
  <animation>
   <frame tileid="395" duration="90"/>
   <frame tileid="396" duration="90"/>
   <frame tileid="397" duration="90"/>
   <frame tileid="398" duration="90"/>
  </animation>
 </tile>
 <tile id="399">
  <properties>
   <property name="name" value="shell0"/>
  </properties>
 </tile>
 <tile id="400">
  <properties>
   <property name="name" value="shell1"/>
  </properties>
 </tile>
 <tile id="401">
  <properties>
   <property name="name" value="shell2"/>
  </properties>
 </tile>
 <tile id="402">
  <properties>
   <property name="name" value="arm@0,0"/>
  </properties>
  <animation>
   <frame tileid="402" duration="700"/>
   <frame tileid="406" duration="700"/>
  </animation>
 </tile>
 <tile id="403">
  <properties>
   <property name="name" value="arm@1,0"/>
  </properties>
  <animation>
   <frame tileid="403" duration="700"/>
   <frame tileid="407" duration="700"/>
  </animation>
 </tile>
 <tile id="404">
  <properties>
   <property name="name" value="arm@0,1"/>
  </properties>
  <animation>
   <frame tileid="404" duration="700"/>
   <frame tileid="408" duration="700"/>
  </animation>
 </tile>
 <tile id="405">
  <properties>
   <property name="name" value="arm@1,1"/>
  </properties>
  <animation>
   <frame tileid="405" duration="700"/>
   <frame tileid="409" duration="700"/>
  </animation>
 </tile>
 <tile id="410">
  <properties>
   <property name="name" value="console@0,0"/>
  </properties>
  <animation>
   <frame tileid="410" duration="300"/>
   <frame tileid="412" duration="300"/>
   <frame tileid="414" duration="300"/>
  </animation>
 </tile>
 <tile id="411">
  <properties>
   <property name="name" value="console@1,0"/>
  </properties>
  <animation>
   <frame tileid="411" duration="300"/>
   <frame tileid="413" duration="300"/>
   <frame tileid="415" duration="300"/>
  </animation>
 </tile>
 <tile id="416">
  <properties>
   <property name="name" value="server@0,0"/>
  </properties>
  <animation>
   <frame tileid="416" duration="400"/>
   <frame tileid="418" duration="300"/>
  </animation>
 </tile>
 <tile id="417">
  <properties>
   <property name="name" value="server@0,1"/>
  </properties>
  <animation>
   <frame tileid="417" duration="400"/>
   <frame tileid="419" duration="300"/>
  </animation>
 </tile>
 <tile id="420">
  <properties>
   <property name="name" value="capsule@0,0"/>
  </properties>
  <animation>
   <frame tileid="420" duration="200"/>
   <frame tileid="422" duration="200"/>
   <frame tileid="424" duration="200"/>
   <frame tileid="426" duration="200"/>
  </animation>
 </tile>
 <tile id="421">
  <properties>
   <property name="name" value="capsule@0,1"/>
  </properties>
  <animation>
   <frame tileid="421" duration="200"/>
   <frame tileid="423" duration="200"/>
   <frame tileid="425" duration="200"/>
   <frame tileid="427" duration="200"/>
  </animation>
 </tile>
 <tile id="428">
  <properties>
   <property name="name" value="cradle@0,0"/>
  </properties>
  <animation>
   <frame tileid="428" duration="300"/>
   <frame tileid="444" duration="300"/>
   <frame tileid="460" duration="300"/>
   <frame tileid="476" duration="300"/>
  </animation>
 </tile>
 <tile id="429">
  <properties>
   <property name="name" value="cradle@1,0"/>
  </properties>
  <animation>
   <frame tileid="429" duration="300"/>
   <frame tileid="445" duration="300"/>
   <frame tileid="461" duration="300"/>
   <frame tileid="477" duration="300"/>
  </animation>
 </tile>
 <tile id="430">
  <properties>
   <property name="name" value="cradle@2,0"/>
  </properties>
  <animation>
   <frame tileid="430" duration="300"/>
   <frame tileid="446" duration="300"/>
   <frame tileid="462" duration="300"/>
   <frame tileid="478" duration="300"/>
  </animation>
 </tile>
 <tile id="431">
  <properties>
   <property name="name" value="cradle@3,0"/>
  </properties>
  <animation>
   <frame tileid="431" duration="300"/>
   <frame tileid="447" duration="300"/>
   <frame tileid="463" duration="300"/>
   <frame tileid="479" duration="300"/>
  </animation>
 </tile>
 <tile id="432">
  <properties>
   <property name="name" value="cradle@0,1"/>
  </properties>
  <animation>
   <frame tileid="432" duration="300"/>
   <frame tileid="448" duration="300"/>
   <frame tileid="464" duration="300"/>
   <frame tileid="480" duration="300"/>
  </animation>
 </tile>
 <tile id="433">
  <properties>
   <property name="name" value="cradle@1,1"/>
  </properties>
  <animation>
   <frame tileid="433" duration="300"/>
   <frame tileid="449" duration="300"/>
   <frame tileid="465" duration="300"/>
   <frame tileid="481" duration="300"/>
  </animation>
 </tile>
 <tile id="434">
  <properties>
   <property name="name" value="cradle@2,1"/>
  </properties>
  <animation>
   <frame tileid="434" duration="300"/>
   <frame tileid="450" duration="300"/>
   <frame tileid="466" duration="300"/>
   <frame tileid="482" duration="300"/>
  </animation>
 </tile>
 <tile id="435">
  <properties>
   <property name="name" value="cradle@3,1"/>
  </properties>
  <animation>
   <frame tileid="435" duration="300"/>
   <frame tileid="451" duration="300"/>
   <frame tileid="467" duration="300"/>
   <frame tileid="483" duration="300"/>
  </animation>
 </tile>
 <tile id="436">
  <properties>
   <property name="name" value="cradle@0,2"/>
  </properties>
  <animation>
   <frame tileid="436" duration="300"/>
   <frame tileid="452" duration="300"/>
   <frame tileid="468" duration="300"/>
   <frame tileid="484" duration="300"/>
  </animation>
 </tile>
 <tile id="437">
  <properties>
   <property name="name" value="cradle@1,2"/>
  </properties>
  <animation>
   <frame tileid="437" duration="300"/>
   <frame tileid="453" duration="300"/>
   <frame tileid="469" duration="300"/>
   <frame tileid="485" duration="300"/>
  </animation>
 </tile>
 <tile id="438">
  <properties>
   <property name="name" value="cradle@2,2"/>
  </properties>
  <animation>
   <frame tileid="438" duration="300"/>
   <frame tileid="454" duration="300"/>
   <frame tileid="470" duration="300"/>
   <frame tileid="486" duration="300"/>
  </animation>
 </tile>
 <tile id="439">
  <properties>
   <property name="name" value="cradle@3,2"/>
  </properties>
  <animation>
   <frame tileid="439" duration="300"/>
   <frame tileid="455" duration="300"/>
   <frame tileid="471" duration="300"/>
   <frame tileid="487" duration="300"/>
  </animation>
 </tile>
 <tile id="440">
  <properties>
   <property name="name" value="cradle@0,3"/>
  </properties>
  <animation>
   <frame tileid="440" duration="300"/>
   <frame tileid="456" duration="300"/>
   <frame tileid="472" duration="300"/>
   <frame tileid="488" duration="300"/>
  </animation>
 </tile>
 <tile id="441">
  <properties>
   <property name="name" value="cradle@1,3"/>
  </properties>
  <animation>
   <frame tileid="441" duration="300"/>
   <frame tileid="457" duration="300"/>
   <frame tileid="473" duration="300"/>
   <frame tileid="489" duration="300"/>
  </animation>
 </tile>
 <tile id="442">
  <properties>
   <property name="name" value="cradle@2,3"/>
  </properties>
  <animation>
   <frame tileid="442" duration="300"/>
   <frame tileid="458" duration="300"/>
   <frame tileid="474" duration="300"/>
   <frame tileid="490" duration="300"/>
  </animation>
 </tile>
 <tile id="443">
  <properties>
   <property name="name" value="cradle@3,3"/>
  </properties>
  <animation>
   <frame tileid="443" duration="300"/>
   <frame tileid="459" duration="300"/>
   <frame tileid="475" duration="300"/>
   <frame tileid="491" duration="300"/>
  </animation>
 </tile>
 <tile id="492">
  <properties>
   <property name="name" value="workbench@0,0"/>
  </properties>
 </tile>
 <tile id="493">
  <properties>
   <property name="name" value="workbench@1,0"/>
  </properties>
 </tile>
 <tile id="494">
  <properties>
   <property name="name" value="workbench@2,0"/>
  </properties>
 </tile>
 <tile id="495">
  <properties>
   <property name="name" value="table@0,0"/>
  </properties>
 </tile>
 <tile id="496">
  <properties>
   <property name="name" value="table@1,0"/>
  </properties>
 </tile>
 <tile id="497">
  <properties>
   <property name="name" value="table@2,0"/>
  </properties>
 </tile>
 <tile id="498">
  <properties>
   <property name="name" value="whiteboard@0,0"/>
  </properties>
 </tile>
 <tile id="499">
  <properties>
   <property name="name" value="whiteboard@1,0"/>
  </properties>
 </tile>
 <tile id="500">
  <properties>
   <property name="name" value="partcrate"/>
  </properties>
 </tile>
 <tile id="501">
  <properties>
   <property name="name" value="shelf_heads@0,0"/>
  </properties>
 </tile>
 <tile id="502">
  <properties>
   <property name="name" value="shelf_heads@1,0"/>
  </properties>
 </tile>
 <tile id="503">
  <properties>
   <property name="name" value="shelf_heads@0,1"/>
  </properties>
 </tile>
 <tile id="504">
  <properties>
   <property name="name" value="shelf_heads@1,1"/>
  </properties>
 </tile>
 <tile id="505">
  <properties>
   <property name="name" value="cable0"/>
  </properties>
 </tile>
 <tile id="506">
  <properties>
   <property name="name" value="cable1"/>
  </properties>
 </tile>
 <tile id="507">
  <properties>
   <property name="name" value="cable2"/>
  </properties>
 </tile>
 <tile id="508">
  <properties>
   <property name="name" value="forcefield"/>
  </properties>
  <animation>
   <frame tileid="508" duration="300"/>
   <frame tileid="509" duration="300"/>
   <frame tileid="510" duration="300"/>
  </animation>
 </tile>
 <tile id="511">
  <properties>
   <property name="name" value="cellbar_v"/>
  </properties>
  <animation>
   <frame tileid="511" duration="200"/>
   <frame tileid="512" duration="200"/>
  </animation>
 </tile>
 <tile id="513">
  <properties>
   <property name="name" value="cot"/>
  </properties>
 </tile>
 <tile id="514">
  <properties>
   <property name="name" value="execdesk@0,0"/>
  </properties>
 </tile>
 <tile id="515">
  <properties>
   <property name="name" value="execdesk@1,0"/>
  </properties>
 </tile>
 <tile id="516">
  <properties>
   <property name="name" value="execdesk@2,0"/>
  </properties>
 </tile>
 <tile id="517">
  <properties>
   <property name="name" value="execdesk@0,1"/>
  </properties>
 </tile>
 <tile id="518">
  <properties>
   <property name="name" value="execdesk@1,1"/>
  </properties>
 </tile>
 <tile id="519">
  <properties>
   <property name="name" value="execdesk@2,1"/>
  </properties>
 </tile>
 <tile id="520">
  <properties>
   <property name="name" value="sofa_red@0,0"/>
  </properties>
 </tile>
 <tile id="521">
  <properties>
   <property name="name" value="sofa_red@1,0"/>
  </properties>
 </tile>
 <tile id="522">
  <properties>
   <property name="name" value="holostatue@0,0"/>
  </properties>
  <animation>
   <frame tileid="522" duration="250"/>
   <frame tileid="524" duration="250"/>
   <frame tileid="526" duration="250"/>
   <frame tileid="528" duration="250"/>
  </animation>
 </tile>
 <tile id="523">
  <properties>
   <property name="name" value="holostatue@0,1"/>
  </properties>
  <animation>
   <frame tileid="523" duration="250"/>
   <frame tileid="525" duration="250"/>
   <frame tileid="527" duration="250"/>
   <frame tileid="529" duration="250"/>
  </animation>
 </tile>
 <tile id="530">
  <properties>
   <property name="name" value="liftdoor@0,0"/>
  </properties>
 </tile>
 <tile id="531">
  <properties>
   <property name="name" value="liftdoor@1,0"/>
  </properties>
 </tile>
 <tile id="532">
  <properties>
   <property name="name" value="liftdoor@0,1"/>
  </properties>
 </tile>
 <tile id="533">
  <properties>
   <property name="name" value="liftdoor@1,1"/>
  </properties>
 </tile>
 <tile id="534">
  <properties>
   <property name="name" value="slidedoor@0,0"/>
  </properties>
 </tile>
 <tile id="535">
  <properties>
   <property name="name" value="slidedoor@0,1"/>
  </properties>
 </tile>
 <tile id="536">
  <properties>
   <property name="name" value="hallsign@0,0"/>
  </properties>
 </tile>
 <tile id="537">
  <properties>
   <property name="name" value="hallsign@1,0"/>
  </properties>
 </tile>
 <tile id="538">
  <properties>
   <property name="name" value="gen6rack@0,0"/>
  </properties>
  <animation>
   <frame tileid="538" duration="500"/>
   <frame tileid="540" duration="350"/>
   <frame tileid="542" duration="450"/>
  </animation>
 </tile>
 <tile id="539">
  <properties>
   <property name="name" value="gen6rack@0,1"/>
  </properties>
  <animation>
   <frame tileid="539" duration="500"/>
   <frame tileid="541" duration="350"/>
   <frame tileid="543" duration="450"/>
  </animation>
 </tile>
 <tile id="544">
  <properties>
   <property name="name" value="towerscreen@0,0"/>
  </properties>
  <animation>
   <frame tileid="544" duration="1600"/>
   <frame tileid="552" duration="1600"/>
   <frame tileid="560" duration="1100"/>
  </animation>
 </tile>
 <tile id="545">
  <properties>
   <property name="name" value="towerscreen@1,0"/>
  </properties>
  <animation>
   <frame tileid="545" duration="1600"/>
   <frame tileid="553" duration="1600"/>
   <frame tileid="561" duration="1100"/>
  </animation>
 </tile>
 <tile id="546">
  <properties>
   <property name="name" value="towerscreen@2,0"/>
  </properties>
  <animation>
   <frame tileid="546" duration="1600"/>
   <frame tileid="554" duration="1600"/>
   <frame tileid="562" duration="1100"/>
  </animation>
 </tile>
 <tile id="547">
  <properties>
   <property name="name" value="towerscreen@3,0"/>
  </properties>
  <animation>
   <frame tileid="547" duration="1600"/>
   <frame tileid="555" duration="1600"/>
   <frame tileid="563" duration="1100"/>
  </animation>
 </tile>
 <tile id="548">
  <properties>
   <property name="name" value="towerscreen@0,1"/>
  </properties>
  <animation>
   <frame tileid="548" duration="1600"/>
   <frame tileid="556" duration="1600"/>
   <frame tileid="564" duration="1100"/>
  </animation>
 </tile>
 <tile id="549">
  <properties>
   <property name="name" value="towerscreen@1,1"/>
  </properties>
  <animation>
   <frame tileid="549" duration="1600"/>
   <frame tileid="557" duration="1600"/>
   <frame tileid="565" duration="1100"/>
  </animation>
 </tile>
 <tile id="550">
  <properties>
   <property name="name" value="towerscreen@2,1"/>
  </properties>
  <animation>
   <frame tileid="550" duration="1600"/>
   <frame tileid="558" duration="1600"/>
   <frame tileid="566" duration="1100"/>
  </animation>
 </tile>
 <tile id="551">
  <properties>
   <property name="name" value="towerscreen@3,1"/>
  </properties>
  <animation>
   <frame tileid="551" duration="1600"/>
   <frame tileid="559" duration="1600"/>
   <frame tileid="567" duration="1100"/>
  </animation>
 </tile>
 <tile id="568">
  <properties>
   <property name="name" value="plate2"/>
  </properties>
 </tile>
 <tile id="569">
  <properties>
   <property name="name" value="plate3"/>
  </properties>
 </tile>
 <tile id="570">
  <properties>
   <property name="name" value="labdesk@0,0"/>
  </properties>
 </tile>
 <tile id="571">
  <properties>
   <property name="name" value="labdesk@1,0"/>
  </properties>
 </tile>
 <tile id="572">
  <properties>
   <property name="name" value="labdesk@2,0"/>
  </properties>
 </tile>
 <tile id="573">
  <properties>
   <property name="name" value="labdesk@0,1"/>
  </properties>
 </tile>
 <tile id="574">
  <properties>
   <property name="name" value="labdesk@1,1"/>
  </properties>
 </tile>
 <tile id="575">
  <properties>
   <property name="name" value="labdesk@2,1"/>
  </properties>
 </tile>
 <tile id="576">
  <properties>
   <property name="name" value="cratestack@0,0"/>
  </properties>
 </tile>
 <tile id="577">
  <properties>
   <property name="name" value="cratestack@1,0"/>
  </properties>
 </tile>
 <tile id="578">
  <properties>
   <property name="name" value="cratestack@0,1"/>
  </properties>
 </tile>
 <tile id="579">
  <properties>
   <property name="name" value="cratestack@1,1"/>
  </properties>
 </tile>
 <tile id="580">
  <properties>
   <property name="name" value="steellocker@0,0"/>
  </properties>
 </tile>
 <tile id="581">
  <properties>
   <property name="name" value="steellocker@0,1"/>
  </properties>
 </tile>
 <tile id="582">
  <properties>
   <property name="name" value="toolcart"/>
  </properties>
 </tile>
 <tile id="583">
  <properties>
   <property name="name" value="watercooler@0,0"/>
  </properties>
 </tile>
 <tile id="584">
  <properties>
   <property name="name" value="watercooler@0,1"/>
  </properties>
 </tile>
 <tile id="585">
  <properties>
   <property name="name" value="escalator_up@0,0"/>
  </properties>
  <animation>
   <frame tileid="585" duration="120"/>
   <frame tileid="593" duration="120"/>
   <frame tileid="601" duration="120"/>
  </animation>
 </tile>
 <tile id="586">
  <properties>
   <property name="name" value="escalator_up@1,0"/>
  </properties>
  <animation>
   <frame tileid="586" duration="120"/>
   <frame tileid="594" duration="120"/>
   <frame tileid="602" duration="120"/>
  </animation>
 </tile>
 <tile id="587">
  <properties>
   <property name="name" value="escalator_up@0,1"/>
  </properties>
  <animation>
   <frame tileid="587" duration="120"/>
   <frame tileid="595" duration="120"/>
   <frame tileid="603" duration="120"/>
  </animation>
 </tile>
 <tile id="588">
  <properties>
   <property name="name" value="escalator_up@1,1"/>
  </properties>
  <animation>
   <frame tileid="588" duration="120"/>
   <frame tileid="596" duration="120"/>
   <frame tileid="604" duration="120"/>
  </animation>
 </tile>
 <tile id="589">
  <properties>
   <property name="name" value="escalator_up@0,2"/>
  </properties>
  <animation>
   <frame tileid="589" duration="120"/>
   <frame tileid="597" duration="120"/>
   <frame tileid="605" duration="120"/>
  </animation>
 </tile>
 <tile id="590">
  <properties>
   <property name="name" value="escalator_up@1,2"/>
  </properties>
  <animation>
   <frame tileid="590" duration="120"/>
   <frame tileid="598" duration="120"/>
   <frame tileid="606" duration="120"/>
  </animation>
 </tile>
 <tile id="591">
  <properties>
   <property name="name" value="escalator_up@0,3"/>
  </properties>
  <animation>
   <frame tileid="591" duration="120"/>
   <frame tileid="599" duration="120"/>
   <frame tileid="607" duration="120"/>
  </animation>
 </tile>
 <tile id="592">
  <properties>
   <property name="name" value="escalator_up@1,3"/>
  </properties>
  <animation>
   <frame tileid="592" duration="120"/>
   <frame tileid="600" duration="120"/>
   <frame tileid="608" duration="120"/>
  </animation>
 </tile>
 <tile id="609">
  <properties>
   <property name="name" value="labbreach@0,0"/>
  </properties>
  <animation>
   <frame tileid="609" duration="400"/>
   <frame tileid="615" duration="400"/>
  </animation>
 </tile>
 <tile id="610">
  <properties>
   <property name="name" value="labbreach@1,0"/>
  </properties>
  <animation>
   <frame tileid="610" duration="400"/>
   <frame tileid="616" duration="400"/>
  </animation>
 </tile>
 <tile id="611">
  <properties>
   <property name="name" value="labbreach@0,1"/>
  </properties>
  <animation>
   <frame tileid="611" duration="400"/>
   <frame tileid="617" duration="400"/>
  </animation>
 </tile>
 <tile id="612">
  <properties>
   <property name="name" value="labbreach@1,1"/>
  </properties>
  <animation>
   <frame tileid="612" duration="400"/>
   <frame tileid="618" duration="400"/>
  </animation>
 </tile>
 <tile id="613">
  <properties>
   <property name="name" value="labbreach@0,2"/>
  </properties>
  <animation>
   <frame tileid="613" duration="400"/>
   <frame tileid="619" duration="400"/>
  </animation>
 </tile>
 <tile id="614">
  <properties>
   <property name="name" value="labbreach@1,2"/>
  </properties>
  <animation>
   <frame tileid="614" duration="400"/>
   <frame tileid="620" duration="400"/>
  </animation>
 </tile>
 <tile id="621">
  <properties>
   <property name="name" value="bigscreen_roboleague@0,0"/>
  </properties>
  <animation>
   <frame tileid="621" duration="2400"/>
   <frame tileid="653" duration="2400"/>
  </animation>
 </tile>
 <tile id="622">
  <properties>
   <property name="name" value="bigscreen_roboleague@1,0"/>
  </properties>
  <animation>
   <frame tileid="622" duration="2400"/>
   <frame tileid="654" duration="2400"/>
  </animation>
 </tile>
 <tile id="623">
  <properties>
   <property name="name" value="bigscreen_roboleague@2,0"/>
  </properties>
  <animation>
   <frame tileid="623" duration="2400"/>
   <frame tileid="655" duration="2400"/>
  </animation>
 </tile>
 <tile id="624">
  <properties>
   <property name="name" value="bigscreen_roboleague@3,0"/>
  </properties>
  <animation>
   <frame tileid="624" duration="2400"/>
   <frame tileid="656" duration="2400"/>
  </animation>
 </tile>
 <tile id="625">
  <properties>
   <property name="name" value="bigscreen_roboleague@4,0"/>
  </properties>
  <animation>
   <frame tileid="625" duration="2400"/>
   <frame tileid="657" duration="2400"/>
  </animation>
 </tile>
 <tile id="626">
  <properties>
   <property name="name" value="bigscreen_roboleague@5,0"/>
  </properties>
  <animation>
   <frame tileid="626" duration="2400"/>
   <frame tileid="658" duration="2400"/>
  </animation>
 </tile>
 <tile id="627">
  <properties>
   <property name="name" value="bigscreen_roboleague@6,0"/>
  </properties>
  <animation>
   <frame tileid="627" duration="2400"/>
   <frame tileid="659" duration="2400"/>
  </animation>
 </tile>
 <tile id="628">
  <properties>
   <property name="name" value="bigscreen_roboleague@7,0"/>
  </properties>
  <animation>
   <frame tileid="628" duration="2400"/>
   <frame tileid="660" duration="2400"/>
  </animation>
 </tile>
 <tile id="629">
  <properties>
   <property name="name" value="bigscreen_roboleague@0,1"/>
  </properties>
  <animation>
   <frame tileid="629" duration="2400"/>
   <frame tileid="661" duration="2400"/>
  </animation>
 </tile>
 <tile id="630">
  <properties>
   <property name="name" value="bigscreen_roboleague@1,1"/>
  </properties>
  <animation>
   <frame tileid="630" duration="2400"/>
   <frame tileid="662" duration="2400"/>
  </animation>
 </tile>
 <tile id="631">
  <properties>
   <property name="name" value="bigscreen_roboleague@2,1"/>
  </properties>
  <animation>
   <frame tileid="631" duration="2400"/>
   <frame tileid="663" duration="2400"/>
  </animation>
 </tile>
 <tile id="632">
  <properties>
   <property name="name" value="bigscreen_roboleague@3,1"/>
  </properties>
  <animation>
   <frame tileid="632" duration="2400"/>
   <frame tileid="664" duration="2400"/>
  </animation>
 </tile>
 <tile id="633">
  <properties>
   <property name="name" value="bigscreen_roboleague@4,1"/>
  </properties>
  <animation>
   <frame tileid="633" duration="2400"/>
   <frame tileid="665" duration="2400"/>
  </animation>
 </tile>
 <tile id="634">
  <properties>
   <property name="name" value="bigscreen_roboleague@5,1"/>
  </properties>
  <animation>
   <frame tileid="634" duration="2400"/>
   <frame tileid="666" duration="2400"/>
  </animation>
 </tile>
 <tile id="635">
  <properties>
   <property name="name" value="bigscreen_roboleague@6,1"/>
  </properties>
  <animation>
   <frame tileid="635" duration="2400"/>
   <frame tileid="667" duration="2400"/>
  </animation>
 </tile>
 <tile id="636">
  <properties>
   <property name="name" value="bigscreen_roboleague@7,1"/>
  </properties>
  <animation>
   <frame tileid="636" duration="2400"/>
   <frame tileid="668" duration="2400"/>
  </animation>
 </tile>
 <tile id="637">
  <properties>
   <property name="name" value="bigscreen_roboleague@0,2"/>
  </properties>
  <animation>
   <frame tileid="637" duration="2400"/>
   <frame tileid="669" duration="2400"/>
  </animation>
 </tile>
 <tile id="638">
  <properties>
   <property name="name" value="bigscreen_roboleague@1,2"/>
  </properties>
  <animation>
   <frame tileid="638" duration="2400"/>
   <frame tileid="670" duration="2400"/>
  </animation>
 </tile>
 <tile id="639">
  <properties>
   <property name="name" value="bigscreen_roboleague@2,2"/>
  </properties>
  <animation>
   <frame tileid="639" duration="2400"/>
   <frame tileid="671" duration="2400"/>
  </animation>
 </tile>
 <tile id="640">
  <properties>
   <property name="name" value="bigscreen_roboleague@3,2"/>
  </properties>
  <animation>
   <frame tileid="640" duration="2400"/>
   <frame tileid="672" duration="2400"/>
  </animation>
 </tile>
 <tile id="641">
  <properties>
   <property name="name" value="bigscreen_roboleague@4,2"/>
  </properties>
  <animation>
   <frame tileid="641" duration="2400"/>
   <frame tileid="673" duration="2400"/>
  </animation>
 </tile>
 <tile id="642">
  <properties>
   <property name="name" value="bigscreen_roboleague@5,2"/>
  </properties>
  <animation>
   <frame tileid="642" duration="2400"/>
   <frame tileid="674" duration="2400"/>
  </animation>
 </tile>
 <tile id="643">
  <properties>
   <property name="name" value="bigscreen_roboleague@6,2"/>
  </properties>
  <animation>
   <frame tileid="643" duration="2400"/>
   <frame tileid="675" duration="2400"/>
  </animation>
 </tile>
 <tile id="644">
  <properties>
   <property name="name" value="bigscreen_roboleague@7,2"/>
  </properties>
  <animation>
   <frame tileid="644" duration="2400"/>
   <frame tileid="676" duration="2400"/>
  </animation>
 </tile>
 <tile id="645">
  <properties>
   <property name="name" value="bigscreen_roboleague@0,3"/>
  </properties>
  <animation>
   <frame tileid="645" duration="2400"/>
   <frame tileid="677" duration="2400"/>
  </animation>
 </tile>
 <tile id="646">
  <properties>
   <property name="name" value="bigscreen_roboleague@1,3"/>
  </properties>
  <animation>
   <frame tileid="646" duration="2400"/>
   <frame tileid="678" duration="2400"/>
  </animation>
 </tile>
 <tile id="647">
  <properties>
   <property name="name" value="bigscreen_roboleague@2,3"/>
  </properties>
  <animation>
   <frame tileid="647" duration="2400"/>
   <frame tileid="679" duration="2400"/>
  </animation>
 </tile>
 <tile id="648">
  <properties>
   <property name="name" value="bigscreen_roboleague@3,3"/>
  </properties>
  <animation>
   <frame tileid="648" duration="2400"/>
   <frame tileid="680" duration="2400"/>
  </animation>
 </tile>
 <tile id="649">
  <properties>
   <property name="name" value="bigscreen_roboleague@4,3"/>
  </properties>
  <animation>
   <frame tileid="649" duration="2400"/>
   <frame tileid="681" duration="2400"/>
  </animation>
 </tile>
 <tile id="650">
  <properties>
   <property name="name" value="bigscreen_roboleague@5,3"/>
  </properties>
  <animation>
   <frame tileid="650" duration="2400"/>
   <frame tileid="682" duration="2400"/>
  </animation>
 </tile>
 <tile id="651">
  <properties>
   <property name="name" value="bigscreen_roboleague@6,3"/>
  </properties>
  <animation>
   <frame tileid="651" duration="2400"/>
   <frame tileid="683" duration="2400"/>
  </animation>
 </tile>
 <tile id="652">
  <properties>
   <property name="name" value="bigscreen_roboleague@7,3"/>
  </properties>
  <animation>
   <frame tileid="652" duration="2400"/>
   <frame tileid="684" duration="2400"/>
  </animation>
 </tile>
 <tile id="685">
  <properties>
   <property name="name" value="pinholo@0,0"/>
  </properties>
 </tile>
 <tile id="686">
  <properties>
   <property name="name" value="pinholo@1,0"/>
  </properties>
 </tile>
 <tile id="687">
  <properties>
   <property name="name" value="pinholo@2,0"/>
  </properties>
 </tile>
 <tile id="688">
  <properties>
   <property name="name" value="pinholo@3,0"/>
  </properties>
 </tile>
 <tile id="689">
  <properties>
   <property name="name" value="pinholo@4,0"/>
  </properties>
 </tile>
 <tile id="690">
  <properties>
   <property name="name" value="pinholo@5,0"/>
  </properties>
 </tile>
 <tile id="691">
  <properties>
   <property name="name" value="pinholo@0,1"/>
  </properties>
 </tile>
 <tile id="692">
  <properties>
   <property name="name" value="pinholo@1,1"/>
  </properties>
 </tile>
 <tile id="693">
  <properties>
   <property name="name" value="pinholo@2,1"/>
  </properties>
 </tile>
 <tile id="694">
  <properties>
   <property name="name" value="pinholo@3,1"/>
  </properties>
 </tile>
 <tile id="695">
  <properties>
   <property name="name" value="pinholo@4,1"/>
  </properties>
 </tile>
 <tile id="696">
  <properties>
   <property name="name" value="pinholo@5,1"/>
  </properties>
 </tile>
 <tile id="697">
  <properties>
   <property name="name" value="pinholo@0,2"/>
  </properties>
 </tile>
 <tile id="698">
  <properties>
   <property name="name" value="pinholo@1,2"/>
  </properties>
 </tile>
 <tile id="699">
  <properties>
   <property name="name" value="pinholo@2,2"/>
  </properties>
 </tile>
 <tile id="700">
  <properties>
   <property name="name" value="pinholo@3,2"/>
  </properties>
 </tile>
 <tile id="701">
  <properties>
   <property name="name" value="pinholo@4,2"/>
  </properties>
 </tile>
 <tile id="702">
  <properties>
   <property name="name" value="pinholo@5,2"/>
  </properties>
 </tile>
 <tile id="703">
  <properties>
   <property name="name" value="pinholo@0,3"/>
  </properties>
 </tile>
 <tile id="704">
  <properties>
   <property name="name" value="pinholo@1,3"/>
  </properties>
 </tile>
 <tile id="705">
  <properties>
   <property name="name" value="pinholo@2,3"/>
  </properties>
 </tile>
 <tile id="706">
  <properties>
   <property name="name" value="pinholo@3,3"/>
  </properties>
 </tile>
 <tile id="707">
  <properties>
   <property name="name" value="pinholo@4,3"/>
  </properties>
 </tile>
 <tile id="708">
  <properties>
   <property name="name" value="pinholo@5,3"/>
  </properties>
 </tile>
 <tile id="709">
  <properties>
   <property name="name" value="pinholo@0,4"/>
  </properties>
 </tile>
 <tile id="710">
  <properties>
   <property name="name" value="pinholo@1,4"/>
  </properties>
 </tile>
 <tile id="711">
  <properties>
   <property name="name" value="pinholo@2,4"/>
  </properties>
 </tile>
 <tile id="712">
  <properties>
   <property name="name" value="pinholo@3,4"/>
  </properties>
 </tile>
 <tile id="713">
  <properties>
   <property name="name" value="pinholo@4,4"/>
  </properties>
 </tile>
 <tile id="714">
  <properties>
   <property name="name" value="pinholo@5,4"/>
  </properties>
 </tile>
 <tile id="715">
  <properties>
   <property name="name" value="pinholo@0,5"/>
  </properties>
 </tile>
 <tile id="716">
  <properties>
   <property name="name" value="pinholo@1,5"/>
  </properties>
 </tile>
 <tile id="717">
  <properties>
   <property name="name" value="pinholo@2,5"/>
  </properties>
 </tile>
 <tile id="718">
  <properties>
   <property name="name" value="pinholo@3,5"/>
  </properties>
 </tile>
 <tile id="719">
  <properties>
   <property name="name" value="pinholo@4,5"/>
  </properties>
 </tile>
 <tile id="720">
  <properties>
   <property name="name" value="pinholo@5,5"/>
  </properties>
 </tile>
 <tile id="721">
  <properties>
   <property name="name" value="pinholo@0,6"/>
  </properties>
 </tile>
 <tile id="722">
  <properties>
   <property name="name" value="pinholo@1,6"/>
  </properties>
 </tile>
 <tile id="723">
  <properties>
   <property name="name" value="pinholo@2,6"/>
  </properties>
 </tile>
 <tile id="724">
  <properties>
   <property name="name" value="pinholo@3,6"/>
  </properties>
 </tile>
 <tile id="725">
  <properties>
   <property name="name" value="pinholo@4,6"/>
  </properties>
 </tile>
 <tile id="726">
  <properties>
   <property name="name" value="pinholo@5,6"/>
  </properties>
 </tile>
 <tile id="727">
  <properties>
   <property name="name" value="pinholo@0,7"/>
  </properties>
 </tile>
 <tile id="728">
  <properties>
   <property name="name" value="pinholo@1,7"/>
  </properties>
 </tile>
 <tile id="729">
  <properties>
   <property name="name" value="pinholo@2,7"/>
  </properties>
 </tile>
 <tile id="730">
  <properties>
   <property name="name" value="pinholo@3,7"/>
  </properties>
 </tile>
 <tile id="731">
  <properties>
   <property name="name" value="pinholo@4,7"/>
  </properties>
 </tile>
 <tile id="732">
  <properties>
   <property name="name" value="pinholo@5,7"/>
  </properties>
 </tile>
 <tile id="733">
  <properties>
   <property name="name" value="pinholo@0,8"/>
  </properties>
 </tile>
 <tile id="734">
  <properties>
   <property name="name" value="pinholo@1,8"/>
  </properties>
 </tile>
 <tile id="735">
  <properties>
   <property name="name" value="pinholo@2,8"/>
  </properties>
 </tile>
 <tile id="736">
  <properties>
   <property name="name" value="pinholo@3,8"/>
  </properties>
 </tile>
 <tile id="737">
  <properties>
   <property name="name" value="pinholo@4,8"/>
  </properties>
 </tile>
 <tile id="738">
  <properties>
   <property name="name" value="pinholo@5,8"/>
  </properties>
 </tile>
 <tile id="739">
  <properties>
   <property name="name" value="pinholo@0,9"/>
  </properties>
 </tile>
 <tile id="740">
  <properties>
   <property name="name" value="pinholo@1,9"/>
  </properties>
 </tile>
 <tile id="741">
  <properties>
   <property name="name" value="pinholo@2,9"/>
  </properties>
 </tile>
 <tile id="742">
  <properties>
   <property name="name" value="pinholo@3,9"/>
  </properties>
 </tile>
 <tile id="743">
  <properties>
   <property name="name" value="pinholo@4,9"/>
  </properties>
 </tile>
 <tile id="744">
  <properties>
   <property name="name" value="pinholo@5,9"/>
  </properties>
 </tile>
 <tile id="745">
  <properties>
   <property name="name" value="gen6hook0@0,0"/>
  </properties>
  <animation>
   <frame tileid="745" duration="1100"/>
   <frame tileid="747" duration="900"/>
   <frame tileid="749" duration="1000"/>
  </animation>
 </tile>
 <tile id="746">
  <properties>
   <property name="name" value="gen6hook0@0,1"/>
  </properties>
  <animation>
   <frame tileid="746" duration="1100"/>
   <frame tileid="748" duration="900"/>
   <frame tileid="750" duration="1000"/>
  </animation>
 </tile>
 <tile id="751">
  <properties>
   <property name="name" value="gen6hook1@0,0"/>
  </properties>
  <animation>
   <frame tileid="751" duration="900"/>
   <frame tileid="753" duration="1000"/>
   <frame tileid="755" duration="1100"/>
  </animation>
 </tile>
 <tile id="752">
  <properties>
   <property name="name" value="gen6hook1@0,1"/>
  </properties>
  <animation>
   <frame tileid="752" duration="900"/>
   <frame tileid="754" duration="1000"/>
   <frame tileid="756" duration="1100"/>
  </animation>
 </tile>
 <tile id="757">
  <properties>
   <property name="name" value="gen6hook2@0,0"/>
  </properties>
  <animation>
   <frame tileid="757" duration="1000"/>
   <frame tileid="759" duration="1100"/>
   <frame tileid="761" duration="900"/>
  </animation>
 </tile>
 <tile id="758">
  <properties>
   <property name="name" value="gen6hook2@0,1"/>
  </properties>
  <animation>
   <frame tileid="758" duration="1000"/>
   <frame tileid="760" duration="1100"/>
   <frame tileid="762" duration="900"/>
  </animation>
 </tile>
 <tile id="763">
  <properties>
   <property name="name" value="towerwindow@0,0"/>
  </properties>
  <animation>
   <frame tileid="763" duration="500"/>
   <frame tileid="769" duration="500"/>
  </animation>
 </tile>
 <tile id="764">
  <properties>
   <property name="name" value="towerwindow@1,0"/>
  </properties>
  <animation>
   <frame tileid="764" duration="500"/>
   <frame tileid="770" duration="500"/>
  </animation>
 </tile>
 <tile id="765">
  <properties>
   <property name="name" value="towerwindow@0,1"/>
  </properties>
  <animation>
   <frame tileid="765" duration="500"/>
   <frame tileid="771" duration="500"/>
  </animation>
 </tile>
 <tile id="766">
  <properties>
   <property name="name" value="towerwindow@1,1"/>
  </properties>
  <animation>
   <frame tileid="766" duration="500"/>
   <frame tileid="772" duration="500"/>
  </animation>
 </tile>
 <tile id="767">
  <properties>
   <property name="name" value="towerwindow@0,2"/>
  </properties>
  <animation>
   <frame tileid="767" duration="500"/>
   <frame tileid="773" duration="500"/>
  </animation>
 </tile>
 <tile id="768">
  <properties>
   <property name="name" value="towerwindow@1,2"/>
  </properties>
  <animation>
   <frame tileid="768" duration="500"/>
   <frame tileid="774" duration="500"/>
  </animation>
 </tile>
 <tile id="775">
  <properties>
   <property name="name" value="dawnwindow@0,0"/>
  </properties>
 </tile>
 <tile id="776">
  <properties>
   <property name="name" value="dawnwindow@1,0"/>
  </properties>
 </tile>
 <tile id="777">
  <properties>
   <property name="name" value="dawnwindow@0,1"/>
  </properties>
 </tile>
 <tile id="778">
  <properties>
   <property name="name" value="dawnwindow@1,1"/>
  </properties>
 </tile>
 <tile id="779">
  <properties>
   <property name="name" value="launchfeed@0,0"/>
  </properties>
 </tile>
 <tile id="780">
  <properties>
   <property name="name" value="launchfeed@1,0"/>
  </properties>
 </tile>
 <tile id="781">
  <properties>
   <property name="name" value="launchfeed@2,0"/>
  </properties>
 </tile>
 <tile id="782">
  <properties>
   <property name="name" value="launchfeed@3,0"/>
  </properties>
 </tile>
 <tile id="783">
  <properties>
   <property name="name" value="launchfeed@0,1"/>
  </properties>
 </tile>
 <tile id="784">
  <properties>
   <property name="name" value="launchfeed@1,1"/>
  </properties>
 </tile>
 <tile id="785">
  <properties>
   <property name="name" value="launchfeed@2,1"/>
  </properties>
 </tile>
 <tile id="786">
  <properties>
   <property name="name" value="launchfeed@3,1"/>
  </properties>
 </tile>
 <tile id="787">
  <properties>
   <property name="name" value="execdesk_bare@0,0"/>
  </properties>
 </tile>
 <tile id="788">
  <properties>
   <property name="name" value="execdesk_bare@1,0"/>
  </properties>
 </tile>
 <tile id="789">
  <properties>
   <property name="name" value="execdesk_bare@2,0"/>
  </properties>
 </tile>
 <tile id="790">
  <properties>
   <property name="name" value="execdesk_bare@0,1"/>
  </properties>
 </tile>
 <tile id="791">
  <properties>
   <property name="name" value="execdesk_bare@1,1"/>
  </properties>
 </tile>
 <tile id="792">
  <properties>
   <property name="name" value="execdesk_bare@2,1"/>
  </properties>
 </tile>
</tileset>
