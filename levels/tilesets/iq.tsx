<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="iq" tilewidth="16" tileheight="16" tilecount="394" columns="16">
 <image source="../../assets/tiles/iq.png" width="256" height="400"/>
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
   <property name="name" value="darkfloor"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="darkfloor_light"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="plate"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="plate1"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="hazard"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="carpet_line"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="stage_nw"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="stage_n"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="stage_ne"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="stage_w"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="stage_c"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="stage_e"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="stage_sw"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="stage_s"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="stage_se"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="bluerug_nw"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="bluerug_n"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="bluerug_ne"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="bluerug_w"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="bluerug_c"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="bluerug_e"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="bluerug_sw"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="bluerug_s"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="bluerug_se"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="iqwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="iqwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="iqwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="iqwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="iqwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="iqwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="iqwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="iqwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="iqwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="iqwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="iqwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="iqwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="iqwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="iqwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="iqwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="iqwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="iqwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="iqwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="iqwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="iqwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="iqwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="labwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="labwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="labwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="labwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="labwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="labwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="labwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="labwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="labwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="labwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="labwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="labwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="labwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="labwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="labwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="labwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="labwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="labwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="labwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="labwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="labwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="towerwall_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="towerwall_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="towerwall_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="towerwall_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="towerwall_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="towerwall_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="towerwall_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="towerwall_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="towerwall_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="towerwall_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="towerwall_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="towerwall_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="towerwall_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="towerwall_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="towerwall_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="towerwall_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="towerwall_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="towerwall_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="towerwall_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="towerwall_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="towerwall_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="bigscreen@0,0"/>
  </properties>
  <animation>
   <frame tileid="91" duration="1400"/>
   <frame tileid="109" duration="900"/>
   <frame tileid="127" duration="900"/>
   <frame tileid="145" duration="300"/>
  </animation>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="bigscreen@1,0"/>
  </properties>
  <animation>
   <frame tileid="92" duration="1400"/>
   <frame tileid="110" duration="900"/>
   <frame tileid="128" duration="900"/>
   <frame tileid="146" duration="300"/>
  </animation>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="bigscreen@2,0"/>
  </properties>
  <animation>
   <frame tileid="93" duration="1400"/>
   <frame tileid="111" duration="900"/>
   <frame tileid="129" duration="900"/>
   <frame tileid="147" duration="300"/>
  </animation>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="bigscreen@3,0"/>
  </properties>
  <animation>
   <frame tileid="94" duration="1400"/>
   <frame tileid="112" duration="900"/>
   <frame tileid="130" duration="900"/>
   <frame tileid="148" duration="300"/>
  </animation>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="bigscreen@4,0"/>
  </properties>
  <animation>
   <frame tileid="95" duration="1400"/>
   <frame tileid="113" duration="900"/>
   <frame tileid="131" duration="900"/>
   <frame tileid="149" duration="300"/>
  </animation>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="bigscreen@5,0"/>
  </properties>
  <animation>
   <frame tileid="96" duration="1400"/>
   <frame tileid="114" duration="900"/>
   <frame tileid="132" duration="900"/>
   <frame tileid="150" duration="300"/>
  </animation>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="bigscreen@0,1"/>
  </properties>
  <animation>
   <frame tileid="97" duration="1400"/>
   <frame tileid="115" duration="900"/>
   <frame tileid="133" duration="900"/>
   <frame tileid="151" duration="300"/>
  </animation>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="bigscreen@1,1"/>
  </properties>
  <animation>
   <frame tileid="98" duration="1400"/>
   <frame tileid="116" duration="900"/>
   <frame tileid="134" duration="900"/>
   <frame tileid="152" duration="300"/>
  </animation>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="bigscreen@2,1"/>
  </properties>
  <animation>
   <frame tileid="99" duration="1400"/>
   <frame tileid="117" duration="900"/>
   <frame tileid="135" duration="900"/>
   <frame tileid="153" duration="300"/>
  </animation>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="bigscreen@3,1"/>
  </properties>
  <animation>
   <frame tileid="100" duration="1400"/>
   <frame tileid="118" duration="900"/>
   <frame tileid="136" duration="900"/>
   <frame tileid="154" duration="300"/>
  </animation>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="bigscreen@4,1"/>
  </properties>
  <animation>
   <frame tileid="101" duration="1400"/>
   <frame tileid="119" duration="900"/>
   <frame tileid="137" duration="900"/>
   <frame tileid="155" duration="300"/>
  </animation>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="bigscreen@5,1"/>
  </properties>
  <animation>
   <frame tileid="102" duration="1400"/>
   <frame tileid="120" duration="900"/>
   <frame tileid="138" duration="900"/>
   <frame tileid="156" duration="300"/>
  </animation>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="bigscreen@0,2"/>
  </properties>
  <animation>
   <frame tileid="103" duration="1400"/>
   <frame tileid="121" duration="900"/>
   <frame tileid="139" duration="900"/>
   <frame tileid="157" duration="300"/>
  </animation>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="bigscreen@1,2"/>
  </properties>
  <animation>
   <frame tileid="104" duration="1400"/>
   <frame tileid="122" duration="900"/>
   <frame tileid="140" duration="900"/>
   <frame tileid="158" duration="300"/>
  </animation>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="bigscreen@2,2"/>
  </properties>
  <animation>
   <frame tileid="105" duration="1400"/>
   <frame tileid="123" duration="900"/>
   <frame tileid="141" duration="900"/>
   <frame tileid="159" duration="300"/>
  </animation>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="bigscreen@3,2"/>
  </properties>
  <animation>
   <frame tileid="106" duration="1400"/>
   <frame tileid="124" duration="900"/>
   <frame tileid="142" duration="900"/>
   <frame tileid="160" duration="300"/>
  </animation>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="bigscreen@4,2"/>
  </properties>
  <animation>
   <frame tileid="107" duration="1400"/>
   <frame tileid="125" duration="900"/>
   <frame tileid="143" duration="900"/>
   <frame tileid="161" duration="300"/>
  </animation>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="bigscreen@5,2"/>
  </properties>
  <animation>
   <frame tileid="108" duration="1400"/>
   <frame tileid="126" duration="900"/>
   <frame tileid="144" duration="900"/>
   <frame tileid="162" duration="300"/>
  </animation>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="escalator@0,0"/>
  </properties>
  <animation>
   <frame tileid="163" duration="120"/>
   <frame tileid="171" duration="120"/>
   <frame tileid="179" duration="120"/>
  </animation>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="escalator@1,0"/>
  </properties>
  <animation>
   <frame tileid="164" duration="120"/>
   <frame tileid="172" duration="120"/>
   <frame tileid="180" duration="120"/>
  </animation>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="escalator@0,1"/>
  </properties>
  <animation>
   <frame tileid="165" duration="120"/>
   <frame tileid="173" duration="120"/>
   <frame tileid="181" duration="120"/>
  </animation>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="escalator@1,1"/>
  </properties>
  <animation>
   <frame tileid="166" duration="120"/>
   <frame tileid="174" duration="120"/>
   <frame tileid="182" duration="120"/>
  </animation>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="escalator@0,2"/>
  </properties>
  <animation>
   <frame tileid="167" duration="120"/>
   <frame tileid="175" duration="120"/>
   <frame tileid="183" duration="120"/>
  </animation>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="escalator@1,2"/>
  </properties>
  <animation>
   <frame tileid="168" duration="120"/>
   <frame tileid="176" duration="120"/>
   <frame tileid="184" duration="120"/>
  </animation>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="escalator@0,3"/>
  </properties>
  <animation>
   <frame tileid="169" duration="120"/>
   <frame tileid="177" duration="120"/>
   <frame tileid="185" duration="120"/>
  </animation>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="escalator@1,3"/>
  </properties>
  <animation>
   <frame tileid="170" duration="120"/>
   <frame tileid="178" duration="120"/>
   <frame tileid="186" duration="120"/>
  </animation>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="glassrail_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="glassrail_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="glassrail_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="glassrail_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="glassrail_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="glassrail_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="glassrail_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="glassrail_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="glassrail_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="glassrail_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="glassrail_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="glassrail_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="glassrail_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="glassrail_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="glassrail_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="glassrail_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="rope_l"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="rope_m"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="rope_r"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="pedestal@0,0"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="pedestal@0,1"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="banner@0,0"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="banner@0,1"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="plant@0,0"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="plant@0,1"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="scanner@0,0"/>
  </properties>
  <animation>
   <frame tileid="212" duration="1200"/>
   <frame tileid="216" duration="300"/>
  </animation>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="scanner@1,0"/>
  </properties>
  <animation>
   <frame tileid="213" duration="1200"/>
   <frame tileid="217" duration="300"/>
  </animation>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="scanner@0,1"/>
  </properties>
  <animation>
   <frame tileid="214" duration="1200"/>
   <frame tileid="218" duration="300"/>
  </animation>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="scanner@1,1"/>
  </properties>
  <animation>
   <frame tileid="215" duration="1200"/>
   <frame tileid="219" duration="300"/>
  </animation>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="chute@0,0"/>
  </properties>
  <animation>
   <frame tileid="220" duration="220"/>
   <frame tileid="224" duration="220"/>
   <frame tileid="228" duration="220"/>
  </animation>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="chute@1,0"/>
  </properties>
  <animation>
   <frame tileid="221" duration="220"/>
   <frame tileid="225" duration="220"/>
   <frame tileid="229" duration="220"/>
  </animation>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="chute@0,1"/>
  </properties>
  <animation>
   <frame tileid="222" duration="220"/>
   <frame tileid="226" duration="220"/>
   <frame tileid="230" duration="220"/>
  </animation>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="chute@1,1"/>
  </properties>
  <animation>
   <frame tileid="223" duration="220"/>
   <frame tileid="227" duration="220"/>
   <frame tileid="231" duration="220"/>
  </animation>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="chargepad"/>
  </properties>
  <animation>
   <frame tileid="232" duration="500"/>
   <frame tileid="233" duration="500"/>
  </animation>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="belt_l"/>
  </properties>
  <animation>
   <frame tileid="234" duration="90"/>
   <frame tileid="235" duration="90"/>
   <frame tileid="236" duration="90"/>
   <frame tileid="237" duration="90"/>
  </animation>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="belt_m"/>
  </properties>
  <animation>
   <frame tileid="238" duration="90"/>
   <frame tileid="239" duration="90"/>
   <frame tileid="240" duration="90"/>
   <frame tileid="241" duration="90"/>
  </animation>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="belt_r"/>
  </properties>
  <animation>
   <frame tileid="242" duration="90"/>
   <frame tileid="243" duration="90"/>
   <frame tileid="244" duration="90"/>
   <frame tileid="245" duration="90"/>
  </animation>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="vbelt_t"/>
  </properties>
  <animation>
   <frame tileid="246" duration="90"/>
   <frame tileid="247" duration="90"/>
   <frame tileid="248" duration="90"/>
   <frame tileid="249" duration="90"/>
  </animation>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="vbelt_m"/>
  </properties>
  <animation>
   <frame tileid="250" duration="90"/>
   <frame tileid="251" duration="90"/>
   <frame tileid="252" duration="90"/>
   <frame tileid="253" duration="90"/>
  </animation>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="vbelt_b"/>
  </properties>
  <animation>
   <frame tileid="254" duration="90"/>
   <frame tileid="255" duration="90"/>
   <frame tileid="256" duration="90"/>
   <frame tileid="257" duration="90"/>
  </animation>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="shell0"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="shell1"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="shell2"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="arm@0,0"/>
  </properties>
  <animation>
   <frame tileid="261" duration="700"/>
   <frame tileid="265" duration="700"/>
  </animation>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="arm@1,0"/>
  </properties>
  <animation>
   <frame tileid="262" duration="700"/>
   <frame tileid="266" duration="700"/>
  </animation>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="arm@0,1"/>
  </properties>
  <animation>
   <frame tileid="263" duration="700"/>
   <frame tileid="267" duration="700"/>
  </animation>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="arm@1,1"/>
  </properties>
  <animation>
   <frame tileid="264" duration="700"/>
   <frame tileid="268" duration="700"/>
  </animation>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="console@0,0"/>
  </properties>
  <animation>
   <frame tileid="269" duration="300"/>
   <frame tileid="271" duration="300"/>
   <frame tileid="273" duration="300"/>
  </animation>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="console@1,0"/>
  </properties>
  <animation>
   <frame tileid="270" duration="300"/>
   <frame tileid="272" duration="300"/>
   <frame tileid="274" duration="300"/>
  </animation>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="server@0,0"/>
  </properties>
  <animation>
   <frame tileid="275" duration="400"/>
   <frame tileid="277" duration="300"/>
  </animation>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="server@0,1"/>
  </properties>
  <animation>
   <frame tileid="276" duration="400"/>
   <frame tileid="278" duration="300"/>
  </animation>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="capsule@0,0"/>
  </properties>
  <animation>
   <frame tileid="279" duration="200"/>
   <frame tileid="281" duration="200"/>
   <frame tileid="283" duration="200"/>
   <frame tileid="285" duration="200"/>
  </animation>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="capsule@0,1"/>
  </properties>
  <animation>
   <frame tileid="280" duration="200"/>
   <frame tileid="282" duration="200"/>
   <frame tileid="284" duration="200"/>
   <frame tileid="286" duration="200"/>
  </animation>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="cradle@0,0"/>
  </properties>
  <animation>
   <frame tileid="287" duration="300"/>
   <frame tileid="303" duration="300"/>
   <frame tileid="319" duration="300"/>
   <frame tileid="335" duration="300"/>
  </animation>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="cradle@1,0"/>
  </properties>
  <animation>
   <frame tileid="288" duration="300"/>
   <frame tileid="304" duration="300"/>
   <frame tileid="320" duration="300"/>
   <frame tileid="336" duration="300"/>
  </animation>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="cradle@2,0"/>
  </properties>
  <animation>
   <frame tileid="289" duration="300"/>
   <frame tileid="305" duration="300"/>
   <frame tileid="321" duration="300"/>
   <frame tileid="337" duration="300"/>
  </animation>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="cradle@3,0"/>
  </properties>
  <animation>
   <frame tileid="290" duration="300"/>
   <frame tileid="306" duration="300"/>
   <frame tileid="322" duration="300"/>
   <frame tileid="338" duration="300"/>
  </animation>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="cradle@0,1"/>
  </properties>
  <animation>
   <frame tileid="291" duration="300"/>
   <frame tileid="307" duration="300"/>
   <frame tileid="323" duration="300"/>
   <frame tileid="339" duration="300"/>
  </animation>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="cradle@1,1"/>
  </properties>
  <animation>
   <frame tileid="292" duration="300"/>
   <frame tileid="308" duration="300"/>
   <frame tileid="324" duration="300"/>
   <frame tileid="340" duration="300"/>
  </animation>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="cradle@2,1"/>
  </properties>
  <animation>
   <frame tileid="293" duration="300"/>
   <frame tileid="309" duration="300"/>
   <frame tileid="325" duration="300"/>
   <frame tileid="341" duration="300"/>
  </animation>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="cradle@3,1"/>
  </properties>
  <animation>
   <frame tileid="294" duration="300"/>
   <frame tileid="310" duration="300"/>
   <frame tileid="326" duration="300"/>
   <frame tileid="342" duration="300"/>
  </animation>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="cradle@0,2"/>
  </properties>
  <animation>
   <frame tileid="295" duration="300"/>
   <frame tileid="311" duration="300"/>
   <frame tileid="327" duration="300"/>
   <frame tileid="343" duration="300"/>
  </animation>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="cradle@1,2"/>
  </properties>
  <animation>
   <frame tileid="296" duration="300"/>
   <frame tileid="312" duration="300"/>
   <frame tileid="328" duration="300"/>
   <frame tileid="344" duration="300"/>
  </animation>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="cradle@2,2"/>
  </properties>
  <animation>
   <frame tileid="297" duration="300"/>
   <frame tileid="313" duration="300"/>
   <frame tileid="329" duration="300"/>
   <frame tileid="345" duration="300"/>
  </animation>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="cradle@3,2"/>
  </properties>
  <animation>
   <frame tileid="298" duration="300"/>
   <frame tileid="314" duration="300"/>
   <frame tileid="330" duration="300"/>
   <frame tileid="346" duration="300"/>
  </animation>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="cradle@0,3"/>
  </properties>
  <animation>
   <frame tileid="299" duration="300"/>
   <frame tileid="315" duration="300"/>
   <frame tileid="331" duration="300"/>
   <frame tileid="347" duration="300"/>
  </animation>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="cradle@1,3"/>
  </properties>
  <animation>
   <frame tileid="300" duration="300"/>
   <frame tileid="316" duration="300"/>
   <frame tileid="332" duration="300"/>
   <frame tileid="348" duration="300"/>
  </animation>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="cradle@2,3"/>
  </properties>
  <animation>
   <frame tileid="301" duration="300"/>
   <frame tileid="317" duration="300"/>
   <frame tileid="333" duration="300"/>
   <frame tileid="349" duration="300"/>
  </animation>
 </tile>
 <tile id="302">
  <properties>
   <property name="name" value="cradle@3,3"/>
  </properties>
  <animation>
   <frame tileid="302" duration="300"/>
   <frame tileid="318" duration="300"/>
   <frame tileid="334" duration="300"/>
   <frame tileid="350" duration="300"/>
  </animation>
 </tile>
 <tile id="351">
  <properties>
   <property name="name" value="workbench@0,0"/>
  </properties>
 </tile>
 <tile id="352">
  <properties>
   <property name="name" value="workbench@1,0"/>
  </properties>
 </tile>
 <tile id="353">
  <properties>
   <property name="name" value="workbench@2,0"/>
  </properties>
 </tile>
 <tile id="354">
  <properties>
   <property name="name" value="table@0,0"/>
  </properties>
 </tile>
 <tile id="355">
  <properties>
   <property name="name" value="table@1,0"/>
  </properties>
 </tile>
 <tile id="356">
  <properties>
   <property name="name" value="table@2,0"/>
  </properties>
 </tile>
 <tile id="357">
  <properties>
   <property name="name" value="whiteboard@0,0"/>
  </properties>
 </tile>
 <tile id="358">
  <properties>
   <property name="name" value="whiteboard@1,0"/>
  </properties>
 </tile>
 <tile id="359">
  <properties>
   <property name="name" value="partcrate"/>
  </properties>
 </tile>
 <tile id="360">
  <properties>
   <property name="name" value="shelf_heads@0,0"/>
  </properties>
 </tile>
 <tile id="361">
  <properties>
   <property name="name" value="shelf_heads@1,0"/>
  </properties>
 </tile>
 <tile id="362">
  <properties>
   <property name="name" value="shelf_heads@0,1"/>
  </properties>
 </tile>
 <tile id="363">
  <properties>
   <property name="name" value="shelf_heads@1,1"/>
  </properties>
 </tile>
 <tile id="364">
  <properties>
   <property name="name" value="cable0"/>
  </properties>
 </tile>
 <tile id="365">
  <properties>
   <property name="name" value="cable1"/>
  </properties>
 </tile>
 <tile id="366">
  <properties>
   <property name="name" value="cable2"/>
  </properties>
 </tile>
 <tile id="367">
  <properties>
   <property name="name" value="forcefield"/>
  </properties>
  <animation>
   <frame tileid="367" duration="110"/>
   <frame tileid="368" duration="110"/>
   <frame tileid="369" duration="110"/>
  </animation>
 </tile>
 <tile id="370">
  <properties>
   <property name="name" value="cellbar_v"/>
  </properties>
  <animation>
   <frame tileid="370" duration="200"/>
   <frame tileid="371" duration="200"/>
  </animation>
 </tile>
 <tile id="372">
  <properties>
   <property name="name" value="execdesk@0,0"/>
  </properties>
 </tile>
 <tile id="373">
  <properties>
   <property name="name" value="execdesk@1,0"/>
  </properties>
 </tile>
 <tile id="374">
  <properties>
   <property name="name" value="execdesk@2,0"/>
  </properties>
 </tile>
 <tile id="375">
  <properties>
   <property name="name" value="execdesk@0,1"/>
  </properties>
 </tile>
 <tile id="376">
  <properties>
   <property name="name" value="execdesk@1,1"/>
  </properties>
 </tile>
 <tile id="377">
  <properties>
   <property name="name" value="execdesk@2,1"/>
  </properties>
 </tile>
 <tile id="378">
  <properties>
   <property name="name" value="sofa_red@0,0"/>
  </properties>
 </tile>
 <tile id="379">
  <properties>
   <property name="name" value="sofa_red@1,0"/>
  </properties>
 </tile>
 <tile id="380">
  <properties>
   <property name="name" value="holostatue@0,0"/>
  </properties>
  <animation>
   <frame tileid="380" duration="250"/>
   <frame tileid="382" duration="250"/>
   <frame tileid="384" duration="250"/>
   <frame tileid="386" duration="250"/>
  </animation>
 </tile>
 <tile id="381">
  <properties>
   <property name="name" value="holostatue@0,1"/>
  </properties>
  <animation>
   <frame tileid="381" duration="250"/>
   <frame tileid="383" duration="250"/>
   <frame tileid="385" duration="250"/>
   <frame tileid="387" duration="250"/>
  </animation>
 </tile>
 <tile id="388">
  <properties>
   <property name="name" value="liftdoor@0,0"/>
  </properties>
 </tile>
 <tile id="389">
  <properties>
   <property name="name" value="liftdoor@1,0"/>
  </properties>
 </tile>
 <tile id="390">
  <properties>
   <property name="name" value="liftdoor@0,1"/>
  </properties>
 </tile>
 <tile id="391">
  <properties>
   <property name="name" value="liftdoor@1,1"/>
  </properties>
 </tile>
 <tile id="392">
  <properties>
   <property name="name" value="slidedoor@0,0"/>
  </properties>
 </tile>
 <tile id="393">
  <properties>
   <property name="name" value="slidedoor@0,1"/>
  </properties>
 </tile>
</tileset>
