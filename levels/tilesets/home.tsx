<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="home" tilewidth="16" tileheight="16" tilecount="343" columns="16">
 <image source="../../assets/tiles/home.png" width="256" height="352"/>
 <tile id="0">
  <properties>
   <property name="name" value="wood0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wood1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wood2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="kitchentile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="concrete"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="concrete_oil"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="concrete_crack"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="homewall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="homewall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="homewall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="homewall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="homewall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="homewall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="homewall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="homewall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="homewall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="homewall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="homewall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="homewall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="homewall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="homewall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="homewall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="homewall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="homewall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="homewall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="homewall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="homewall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="photo"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="garagewall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="garagewall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="garagewall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="garagewall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="garagewall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="garagewall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="garagewall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="garagewall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="garagewall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="garagewall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="garagewall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="garagewall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="garagewall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="garagewall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="garagewall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="garagewall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="garagewall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="garagewall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="garagewall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="rug_nw"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="rug_n"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="rug_ne"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="rug_w"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="rug_c"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="rug_e"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="rug_sw"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="rug_s"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="rug_se"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="counter_plain@0,0"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="counter_plain@0,1"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="counter_sink@0,0"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="counter_sink@0,1"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="counter_stove@0,0"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="counter_stove@0,1"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="counter_bowl@0,0"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="counter_bowl@0,1"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="counter_helper@0,0"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="counter_helper@0,1"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="fridge@0,0"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="fridge@0,1"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="cabinets@0,0"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="cabinets@1,0"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="dining@0,0"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="dining@1,0"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="dining@0,1"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="dining@1,1"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="window@0,0"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="window@1,0"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="sofa@0,0"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="sofa@1,0"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="sofa@2,0"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="sofa@0,1"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="sofa@1,1"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="sofa@2,1"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="tv@0,0"/>
  </properties>
  <animation>
   <frame tileid="82" duration="1500"/>
   <frame tileid="86" duration="1500"/>
   <frame tileid="90" duration="1500"/>
  </animation>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="tv@1,0"/>
  </properties>
  <animation>
   <frame tileid="83" duration="1500"/>
   <frame tileid="87" duration="1500"/>
   <frame tileid="91" duration="1500"/>
  </animation>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="tv@0,1"/>
  </properties>
  <animation>
   <frame tileid="84" duration="1500"/>
   <frame tileid="88" duration="1500"/>
   <frame tileid="92" duration="1500"/>
  </animation>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="tv@1,1"/>
  </properties>
  <animation>
   <frame tileid="85" duration="1500"/>
   <frame tileid="89" duration="1500"/>
   <frame tileid="93" duration="1500"/>
  </animation>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="homeplant@0,0"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="homeplant@0,1"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="hanglamp"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="bookshelf@0,0"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="bookshelf@1,0"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="bookshelf@0,1"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="bookshelf@1,1"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="workbench@0,0"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="workbench@1,0"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="workbench@2,0"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="workbench@0,1"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="workbench@1,1"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="workbench@2,1"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="toolchest@0,0"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="toolchest@0,1"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="garageshelf@0,0"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="garageshelf@1,0"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="garageshelf@0,1"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="garageshelf@1,1"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="rollerdoor@0,0"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="rollerdoor@1,0"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="rollerdoor@2,0"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="rollerdoor@0,1"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="rollerdoor@1,1"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="rollerdoor@2,1"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="coveredcar@0,0"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="coveredcar@1,0"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="coveredcar@2,0"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="coveredcar@0,1"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="coveredcar@1,1"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="coveredcar@2,1"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="nest@0,0"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="nest@1,0"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="nest@2,0"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="nest@0,1"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="nest@1,1"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="nest@2,1"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="paint"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="paint2"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="bulb"/>
  </properties>
  <animation>
   <frame tileid="133" duration="1800"/>
   <frame tileid="134" duration="90"/>
   <frame tileid="135" duration="600"/>
  </animation>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="football"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="tyres"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="boxes"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="poster@0,0"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="poster@0,1"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="bike@0,0"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="bike@1,0"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="bat"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="yard0"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="yard1"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="yard2"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="dirt"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="stepstones"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="patio"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="fence_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="fence_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="fence_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="fence_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="fence_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="fence_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="fence_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="fence_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="fence_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="fence_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="fence_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="fence_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="fence_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="fence_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="fence_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="fence_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="kennel@0,0"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="kennel@1,0"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="kennel@0,1"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="kennel@1,1"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="yardtree@0,0"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="yardtree@1,0"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="yardtree@2,0"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="yardtree@0,1"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="yardtree@1,1"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="yardtree@2,1"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="yardtree@0,2"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="yardtree@1,2"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="yardtree@2,2"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="bush"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="flowerbed"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="washing@0,0"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="washing@1,0"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="washing@2,0"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="wheelie"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="hose"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="house_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="house_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="house_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="house_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="house_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="house_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="house_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="house_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="house_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="house_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="house_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="house_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="house_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="house_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="house_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="house_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="house_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="house_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="house_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="house_shop_garage"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="house_shop_plain"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="porchlight"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="wallhole_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="wallhole_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="wallhole_0_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="wallhole_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="wallhole_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="wallhole_1_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="wallhole_2_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="wallhole_2_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="wallhole_2_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="breach0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="breach1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="rubble0"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="rubble1"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="rubble2"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="glass0"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="glass1"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="glass2"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="scorch"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="noodlecups"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="table_over@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="table_over@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="table_over@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="table_over@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="fridge_fallen@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="fridge_fallen@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="fridge_fallen@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="fridge_fallen@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="bot_down0"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="bot_down1"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="bot_down2"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="housefire"/>
  </properties>
  <animation>
   <frame tileid="238" duration="220"/>
   <frame tileid="239" duration="200"/>
   <frame tileid="240" duration="240"/>
   <frame tileid="241" duration="210"/>
  </animation>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="smoke"/>
  </properties>
  <animation>
   <frame tileid="242" duration="220"/>
   <frame tileid="243" duration="220"/>
   <frame tileid="244" duration="220"/>
   <frame tileid="245" duration="220"/>
  </animation>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="hanglamp_flicker"/>
  </properties>
  <animation>
   <frame tileid="246" duration="700"/>
   <frame tileid="247" duration="90"/>
   <frame tileid="248" duration="60"/>
   <frame tileid="249" duration="1200"/>
  </animation>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="kitchentile1"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="kitchentile2"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="wood3"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="wood4"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="wood5"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="name" value="concrete1"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="concrete2"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="concrete3"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="armchair@0,0"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="armchair@1,0"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="armchair@0,1"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="armchair@1,1"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="sidetable"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="floorlamp@0,0"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="floorlamp@0,1"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="stool"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="shoerack@0,0"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="shoerack@1,0"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="dogbed"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="pantry@0,0"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="pantry@1,0"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="pantry@0,1"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="pantry@1,1"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="kitchenbin"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="freezer@0,0"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="freezer@1,0"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="freezer@0,1"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="freezer@1,1"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="ladder@0,0"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="ladder@0,1"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="mower"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="jerrycans"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="cablecoil"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="crates@0,0"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="crates@1,0"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="crates@0,1"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="crates@1,1"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="pegboard@0,0"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="pegboard@1,0"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="pegboard@0,1"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="pegboard@1,1"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="frontdoor@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="frontdoor@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="roofrain"/>
  </properties>
  <animation>
   <frame tileid="293" duration="140"/>
   <frame tileid="294" duration="140"/>
   <frame tileid="295" duration="140"/>
   <frame tileid="296" duration="140"/>
  </animation>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="roofslates0"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="roofslates1"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="roofslates2"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="fallen_beam@0,0"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="fallen_beam@1,0"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="name" value="fallen_beam@2,0"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="name" value="roofedge_l0"/>
  </properties>
  <animation>
   <frame tileid="303" duration="140"/>
   <frame tileid="304" duration="140"/>
   <frame tileid="305" duration="140"/>
   <frame tileid="306" duration="140"/>
  </animation>
 </tile>
 <tile id="307">
  <properties>
   <property name="name" value="roofedge_l1"/>
  </properties>
  <animation>
   <frame tileid="307" duration="140"/>
   <frame tileid="308" duration="140"/>
   <frame tileid="309" duration="140"/>
   <frame tileid="310" duration="140"/>
  </animation>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="roofedge_r0"/>
  </properties>
  <animation>
   <frame tileid="311" duration="140"/>
   <frame tileid="312" duration="140"/>
   <frame tileid="313" duration="140"/>
   <frame tileid="314" duration="140"/>
  </animation>
 </tile>
 <tile id="315">
  <properties>
   <property name="name" value="roofedge_r1"/>
  </properties>
  <animation>
   <frame tileid="315" duration="140"/>
   <frame tileid="316" duration="140"/>
   <frame tileid="317" duration="140"/>
   <frame tileid="318" duration="140"/>
  </animation>
 </tile>
 <tile id="319">
  <properties>
   <property name="name" value="roofedge_b0"/>
  </properties>
  <animation>
   <frame tileid="319" duration="140"/>
   <frame tileid="320" duration="140"/>
   <frame tileid="321" duration="140"/>
   <frame tileid="322" duration="140"/>
  </animation>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="roofedge_b1"/>
  </properties>
  <animation>
   <frame tileid="323" duration="140"/>
   <frame tileid="324" duration="140"/>
   <frame tileid="325" duration="140"/>
   <frame tileid="326" duration="140"/>
  </animation>
 </tile>
 <tile id="327">
  <properties>
   <property name="name" value="roofedge_lb0"/>
  </properties>
  <animation>
   <frame tileid="327" duration="140"/>
   <frame tileid="328" duration="140"/>
   <frame tileid="329" duration="140"/>
   <frame tileid="330" duration="140"/>
  </animation>
 </tile>
 <tile id="331">
  <properties>
   <property name="name" value="roofedge_lb1"/>
  </properties>
  <animation>
   <frame tileid="331" duration="140"/>
   <frame tileid="332" duration="140"/>
   <frame tileid="333" duration="140"/>
   <frame tileid="334" duration="140"/>
  </animation>
 </tile>
 <tile id="335">
  <properties>
   <property name="name" value="roofedge_rb0"/>
  </properties>
  <animation>
   <frame tileid="335" duration="140"/>
   <frame tileid="336" duration="140"/>
   <frame tileid="337" duration="140"/>
   <frame tileid="338" duration="140"/>
  </animation>
 </tile>
 <tile id="339">
  <properties>
   <property name="name" value="roofedge_rb1"/>
  </properties>
  <animation>
   <frame tileid="339" duration="140"/>
   <frame tileid="340" duration="140"/>
   <frame tileid="341" duration="140"/>
   <frame tileid="342" duration="140"/>
  </animation>
 </tile>
</tileset>
