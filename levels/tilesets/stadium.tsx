<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="stadium" tilewidth="16" tileheight="16" tilecount="231" columns="16">
 <image source="../../assets/tiles/stadium.png" width="256" height="240"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_a0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_b0"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_a1"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="grass_b1"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="line_nw"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="line_n"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="line_ne"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="line_w"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="line_c"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="line_e"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="line_sw"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="line_s"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="line_se"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="halfway_h"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="halfway_v"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="circle@0,0"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="circle@1,0"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="circle@2,0"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="circle@0,1"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="circle@1,1"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="circle@2,1"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="circle@0,2"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="circle@1,2"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="circle@2,2"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="circle_h@0,0"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="circle_h@1,0"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="circle_h@2,0"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="circle_h@0,1"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="circle_h@1,1"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="circle_h@2,1"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="circle_h@0,2"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="circle_h@1,2"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="circle_h@2,2"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="goal_w@0,0"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="goal_w@1,0"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="goal_w@0,1"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="goal_w@1,1"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="goal_w@0,2"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="goal_w@1,2"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="goal_e@0,0"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="goal_e@1,0"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="goal_e@0,1"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="goal_e@1,1"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="goal_e@0,2"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="goal_e@1,2"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="flag"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="ball"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="stand_ares_red0"/>
  </properties>
  <animation>
   <frame tileid="47" duration="260"/>
   <frame tileid="48" duration="320"/>
   <frame tileid="49" duration="280"/>
  </animation>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="stand_ares_red1"/>
  </properties>
  <animation>
   <frame tileid="50" duration="260"/>
   <frame tileid="51" duration="320"/>
   <frame tileid="52" duration="280"/>
  </animation>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="stand_ares_red_empty"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="stand_bot_blue0"/>
  </properties>
  <animation>
   <frame tileid="54" duration="260"/>
   <frame tileid="55" duration="320"/>
   <frame tileid="56" duration="280"/>
  </animation>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="stand_bot_blue1"/>
  </properties>
  <animation>
   <frame tileid="57" duration="260"/>
   <frame tileid="58" duration="320"/>
   <frame tileid="59" duration="280"/>
  </animation>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="stand_bot_blue_empty"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="stand_neon_yellow0"/>
  </properties>
  <animation>
   <frame tileid="61" duration="260"/>
   <frame tileid="62" duration="320"/>
   <frame tileid="63" duration="280"/>
  </animation>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="stand_neon_yellow1"/>
  </properties>
  <animation>
   <frame tileid="64" duration="260"/>
   <frame tileid="65" duration="320"/>
   <frame tileid="66" duration="280"/>
  </animation>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="stand_neon_yellow_empty"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="aisle"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="standwall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="standroof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="standroof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="standroof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="standroof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="standroof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="standroof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="standroof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="standroof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="standroof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="ledboard0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="79" duration="160"/>
   <frame tileid="80" duration="160"/>
   <frame tileid="81" duration="160"/>
   <frame tileid="82" duration="160"/>
   <frame tileid="83" duration="160"/>
   <frame tileid="84" duration="160"/>
   <frame tileid="85" duration="160"/>
   <frame tileid="86" duration="160"/>
  </animation>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="ledboard1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="87" duration="160"/>
   <frame tileid="88" duration="160"/>
   <frame tileid="89" duration="160"/>
   <frame tileid="90" duration="160"/>
   <frame tileid="91" duration="160"/>
   <frame tileid="92" duration="160"/>
   <frame tileid="93" duration="160"/>
   <frame tileid="94" duration="160"/>
  </animation>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="ledboard2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="95" duration="160"/>
   <frame tileid="96" duration="160"/>
   <frame tileid="97" duration="160"/>
   <frame tileid="98" duration="160"/>
   <frame tileid="99" duration="160"/>
   <frame tileid="100" duration="160"/>
   <frame tileid="101" duration="160"/>
   <frame tileid="102" duration="160"/>
  </animation>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="ledboard3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="103" duration="160"/>
   <frame tileid="104" duration="160"/>
   <frame tileid="105" duration="160"/>
   <frame tileid="106" duration="160"/>
   <frame tileid="107" duration="160"/>
   <frame tileid="108" duration="160"/>
   <frame tileid="109" duration="160"/>
   <frame tileid="110" duration="160"/>
  </animation>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="floodlight@0,0"/>
  </properties>
  <animation>
   <frame tileid="111" duration="1500"/>
   <frame tileid="117" duration="120"/>
  </animation>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="floodlight@1,0"/>
  </properties>
  <animation>
   <frame tileid="112" duration="1500"/>
   <frame tileid="118" duration="120"/>
  </animation>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="floodlight@0,1"/>
  </properties>
  <animation>
   <frame tileid="113" duration="1500"/>
   <frame tileid="119" duration="120"/>
  </animation>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="floodlight@1,1"/>
  </properties>
  <animation>
   <frame tileid="114" duration="1500"/>
   <frame tileid="120" duration="120"/>
  </animation>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="floodlight@0,2"/>
  </properties>
  <animation>
   <frame tileid="115" duration="1500"/>
   <frame tileid="121" duration="120"/>
  </animation>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="floodlight@1,2"/>
  </properties>
  <animation>
   <frame tileid="116" duration="1500"/>
   <frame tileid="122" duration="120"/>
  </animation>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="jumbotron@0,0"/>
  </properties>
  <animation>
   <frame tileid="123" duration="1200"/>
   <frame tileid="141" duration="1200"/>
   <frame tileid="159" duration="700"/>
   <frame tileid="177" duration="700"/>
  </animation>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="jumbotron@1,0"/>
  </properties>
  <animation>
   <frame tileid="124" duration="1200"/>
   <frame tileid="142" duration="1200"/>
   <frame tileid="160" duration="700"/>
   <frame tileid="178" duration="700"/>
  </animation>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="jumbotron@2,0"/>
  </properties>
  <animation>
   <frame tileid="125" duration="1200"/>
   <frame tileid="143" duration="1200"/>
   <frame tileid="161" duration="700"/>
   <frame tileid="179" duration="700"/>
  </animation>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="jumbotron@3,0"/>
  </properties>
  <animation>
   <frame tileid="126" duration="1200"/>
   <frame tileid="144" duration="1200"/>
   <frame tileid="162" duration="700"/>
   <frame tileid="180" duration="700"/>
  </animation>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="jumbotron@4,0"/>
  </properties>
  <animation>
   <frame tileid="127" duration="1200"/>
   <frame tileid="145" duration="1200"/>
   <frame tileid="163" duration="700"/>
   <frame tileid="181" duration="700"/>
  </animation>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="jumbotron@5,0"/>
  </properties>
  <animation>
   <frame tileid="128" duration="1200"/>
   <frame tileid="146" duration="1200"/>
   <frame tileid="164" duration="700"/>
   <frame tileid="182" duration="700"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="jumbotron@0,1"/>
  </properties>
  <animation>
   <frame tileid="129" duration="1200"/>
   <frame tileid="147" duration="1200"/>
   <frame tileid="165" duration="700"/>
   <frame tileid="183" duration="700"/>
  </animation>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="jumbotron@1,1"/>
  </properties>
  <animation>
   <frame tileid="130" duration="1200"/>
   <frame tileid="148" duration="1200"/>
   <frame tileid="166" duration="700"/>
   <frame tileid="184" duration="700"/>
  </animation>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="jumbotron@2,1"/>
  </properties>
  <animation>
   <frame tileid="131" duration="1200"/>
   <frame tileid="149" duration="1200"/>
   <frame tileid="167" duration="700"/>
   <frame tileid="185" duration="700"/>
  </animation>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="jumbotron@3,1"/>
  </properties>
  <animation>
   <frame tileid="132" duration="1200"/>
   <frame tileid="150" duration="1200"/>
   <frame tileid="168" duration="700"/>
   <frame tileid="186" duration="700"/>
  </animation>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="jumbotron@4,1"/>
  </properties>
  <animation>
   <frame tileid="133" duration="1200"/>
   <frame tileid="151" duration="1200"/>
   <frame tileid="169" duration="700"/>
   <frame tileid="187" duration="700"/>
  </animation>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="jumbotron@5,1"/>
  </properties>
  <animation>
   <frame tileid="134" duration="1200"/>
   <frame tileid="152" duration="1200"/>
   <frame tileid="170" duration="700"/>
   <frame tileid="188" duration="700"/>
  </animation>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="jumbotron@0,2"/>
  </properties>
  <animation>
   <frame tileid="135" duration="1200"/>
   <frame tileid="153" duration="1200"/>
   <frame tileid="171" duration="700"/>
   <frame tileid="189" duration="700"/>
  </animation>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="jumbotron@1,2"/>
  </properties>
  <animation>
   <frame tileid="136" duration="1200"/>
   <frame tileid="154" duration="1200"/>
   <frame tileid="172" duration="700"/>
   <frame tileid="190" duration="700"/>
  </animation>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="jumbotron@2,2"/>
  </properties>
  <animation>
   <frame tileid="137" duration="1200"/>
   <frame tileid="155" duration="1200"/>
   <frame tileid="173" duration="700"/>
   <frame tileid="191" duration="700"/>
  </animation>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="jumbotron@3,2"/>
  </properties>
  <animation>
   <frame tileid="138" duration="1200"/>
   <frame tileid="156" duration="1200"/>
   <frame tileid="174" duration="700"/>
   <frame tileid="192" duration="700"/>
  </animation>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="jumbotron@4,2"/>
  </properties>
  <animation>
   <frame tileid="139" duration="1200"/>
   <frame tileid="157" duration="1200"/>
   <frame tileid="175" duration="700"/>
   <frame tileid="193" duration="700"/>
  </animation>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="jumbotron@5,2"/>
  </properties>
  <animation>
   <frame tileid="140" duration="1200"/>
   <frame tileid="158" duration="1200"/>
   <frame tileid="176" duration="700"/>
   <frame tileid="194" duration="700"/>
  </animation>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="tunnel@0,0"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="tunnel@1,0"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="tunnel@2,0"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="tunnel@0,1"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="tunnel@1,1"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="tunnel@2,1"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="dugout@0,0"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="dugout@1,0"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="dugout@2,0"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="dugout@0,1"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="dugout@1,1"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="dugout@2,1"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="pod@0,0"/>
  </properties>
  <animation>
   <frame tileid="207" duration="900"/>
   <frame tileid="209" duration="400"/>
  </animation>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="pod@0,1"/>
  </properties>
  <animation>
   <frame tileid="208" duration="900"/>
   <frame tileid="210" duration="400"/>
  </animation>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="booth@0,0"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="booth@1,0"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="booth@2,0"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="booth@0,1"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="booth@1,1"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="booth@2,1"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="rubble"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="concourse"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="stairs_l"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="stairs_m"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="stairs_r"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="standframe"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="track"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="track_plain"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="tunnel_floor"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="tunnel_steps"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="tunnel_wall_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="tunnel_wall_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="footing"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="footing_kerb"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
